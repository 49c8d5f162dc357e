#!/usr/bin/env bash
# Runs the whole of Nexus on this machine with nothing but a JDK 21+: builds the jars that
# are missing or older than their sources, then starts PostgreSQL, Kafka, the payment
# simulator, the three services and the gateway as separate processes, and loads demo
# data; then it watches them and starts again one that exits. Ctrl-C (or kill -TERM) stops
# everything. Options: --fresh (empty data), --no-seed, --no-restart, --clean-caches, --help;
# `./run.sh status` says what a running stack has up.
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
    echo "Nexus needs a JDK 21 or newer (25 preferred). Found: ${best:-none} (Java ${best_major}). Set JAVA_HOME." >&2
    exit 2
  fi
  echo "$best"
}

export JAVA_HOME="$(pick_jdk)"
export PATH="$JAVA_HOME/bin:$PATH"

# Build when a jar is missing, or when a source or build file changed since the last build.
MODULES="common-events jwt-rules trusted-proxies problem-types service-platform payment-simulator user-service catalog-service order-service gateway launcher"
STAMP=.nexus/build.stamp
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

# status looks at a running stack: no build (that would change what runs).
if [ "${1:-}" = "status" ] && [ -f launcher/target/launcher.jar ]; then
  exec "$JAVA_HOME/bin/java" -Xmx32m -XX:TieredStopAtLevel=1 -Dnexus.repository="$PWD" \
    -cp "launcher/target/launcher.jar:launcher/target/lib/*" nexus.launcher.NexusLauncher status
fi

if needs_build; then
  echo "Nexus: building the jars (./mvnw -DskipTests package; unchanged modules keep their start-up caches) ..."
  mkdir -p .nexus
  touch "$STAMP.new"
  ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package -pl launcher,payment-simulator,user-service,catalog-service,order-service,gateway -am
  mv "$STAMP.new" "$STAMP"
fi

# The launcher only starts, watches and stops processes: a small heap and C1 do.
exec "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -Xss512k -Dnexus.repository="$PWD" \
  -cp "launcher/target/launcher.jar:launcher/target/lib/*" nexus.launcher.NexusLauncher "$@"
