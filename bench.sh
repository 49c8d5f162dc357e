#!/usr/bin/env bash
# Benchmarks Nexus on this machine with nothing but a JDK 21+: builds the jars that are
# missing or older than their sources, starts the local stack through the launcher (free
# ports, fresh data in .nexus-bench/; or --running to use one already up), drives orders
# and reads through the gateway, prints the figures, checks the invariants and writes the
# results under benchmarks/results/<time>/. ./bench.sh --help lists the options.
set -euo pipefail
cd "$(dirname "$0")"

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { print $2; exit }' | cut -d. -f1
}

pick_jdk() {
  local best="" best_major=0 home major
  for home in ${JAVA_HOME:-} "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home" || echo 0)
    if [ "${major:-0}" -gt "$best_major" ]; then best_major=$major; best=$home; fi
  done
  if [ "$best_major" -lt 21 ]; then
    echo "The Nexus benchmark needs a JDK 21 or newer (25 preferred). Found: ${best:-none} (Java ${best_major}). Set JAVA_HOME." >&2
    exit 2
  fi
  echo "$best"
}

export JAVA_HOME="$(pick_jdk)"
export PATH="$JAVA_HOME/bin:$PATH"

# Build when a jar is missing, or when a source or build file changed since the last build.
MODULES="common-events jwt-rules trusted-proxies problem-types service-platform payment-simulator user-service catalog-service order-service gateway launcher benchmarks"
STAMP=benchmarks/target/bench.stamp
needs_build() {
  local module
  [ -f "$STAMP" ] || return 0
  for module in $MODULES; do
    ls "$module"/target/*.jar >/dev/null 2>&1 || return 0
    [ -n "$(find "$module/src/main" "$module/pom.xml" -newer "$STAMP" -print -quit 2>/dev/null)" ] && return 0
  done
  [ pom.xml -nt "$STAMP" ] && return 0
  return 1
}

if needs_build; then
  echo "Nexus benchmark: building the jars (./mvnw -DskipTests package) ..."
  mkdir -p benchmarks/target
  touch "$STAMP.new"
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package \
    -pl launcher,payment-simulator,user-service,catalog-service,order-service,gateway,benchmarks -am
  mv "$STAMP.new" "$STAMP"
fi

# All load comes from this one address, so the gateway's per-client limits (10 credential
# operations and 300 anonymous requests a minute; README, "Limits and overload") would
# measure the limiter, not the shop. The stack the benchmark starts inherits these; the
# limiter still runs and is counted. The gateway's concurrency limit is not raised: it is
# part of what is measured.
for policy in AUTHENTICATION PUBLICREADS AUTHENTICATED ANONYMOUS GRAPHQL; do
  for field in CAPACITY REFILL; do
    name="NEXUS_GATEWAY_RATELIMITS_${policy}_${field}"
    export "$name=${!name:-100000000}"
  done
done

exec "$JAVA_HOME/bin/java" -Xms512m -Xmx1g -XX:+UseParallelGC -Dnexus.repository="$PWD" \
  -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" nexus.bench.Bench "$@"
