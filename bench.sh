#!/usr/bin/env bash
# Benchmarks Nexus on this machine with nothing but a JDK 21+: builds the jars that are
# missing or older than their sources, starts the local stack through the launcher (free
# ports, fresh data in .nexus-bench/; or --running to use one already up), drives orders
# and reads through the gateway, prints the figures, checks the invariants and writes the
# results under benchmarks/results/<time>/. ./bench.sh --help lists the options.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/tool-common.sh

pick_jdk "The Nexus benchmark"
build_if_stale "Nexus benchmark" benchmarks/target/bench.stamp
raise_rate_limits

exec "$JAVA_HOME/bin/java" -Xms512m -Xmx1g -XX:+UseParallelGC -Dnexus.repository="$PWD" \
  -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" nexus.bench.Bench "$@"
