#!/usr/bin/env bash
# The chaos suite, with nothing but a JDK 21+: builds the jars that are missing or older
# than their sources, starts the local stack through the launcher (free ports, fresh data
# in .nexus-chaos/), drives orders at a steady rate through the gateway while it injects
# faults one after another (kill -9 of each service, the broker and PostgreSQL; SIGSTOP
# and SIGCONT; the payment simulator's faults; replayed events), checks every invariant
# after each, prints a table per fault and writes it under chaos/results/. Exit code 0:
# every invariant held; 3: one broke (the orders and products are named) or the stack did
# not recover. ./chaos.sh --help lists the options; ./chaos.sh --short is the form CI runs.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/tool-common.sh

pick_jdk "The Nexus chaos suite"
build_if_stale "Nexus chaos suite" chaos/target/chaos.stamp chaos
raise_rate_limits

exec "$JAVA_HOME/bin/java" -Xms256m -Xmx768m -Dnexus.repository="$PWD" \
  -cp "chaos/target/chaos.jar:chaos/target/lib/*" nexus.chaos.Chaos "$@"
