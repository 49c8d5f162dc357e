# Shared by ./bench.sh and ./chaos.sh (sourced, run from the repository's root): picks the
# newest JDK 21+ on the machine, builds the jars that are missing or older than their
# sources, and raises the gateway's per-client limits for load that all comes from this
# one address.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { print $2; exit }' | cut -d. -f1
}

# pick_jdk "<tool name>": exports JAVA_HOME and PATH, or exits 2.
pick_jdk() {
  local best="" best_major=0 home major
  for home in ${JAVA_HOME:-} "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home" || echo 0)
    if [ "${major:-0}" -gt "$best_major" ]; then best_major=$major; best=$home; fi
  done
  if [ "$best_major" -lt 21 ]; then
    echo "$1 needs a JDK 21 or newer (25 preferred). Found: ${best:-none} (Java ${best_major}). Set JAVA_HOME." >&2
    exit 2
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# build_if_stale "<tool name>" <stamp file> [extra module]: builds when a jar is missing,
# or when a source or build file changed since the last build.
build_if_stale() {
  local tool=$1 stamp=$2 extra=${3:+,$3} module needs=1
  local modules="common-events jwt-rules trusted-proxies problem-types service-platform payment-simulator user-service catalog-service order-service gateway launcher benchmarks ${3:-}"
  if [ ! -f "$stamp" ] || [ pom.xml -nt "$stamp" ]; then
    needs=0
  else
    for module in $modules; do
      if ! ls "$module"/target/*.jar >/dev/null 2>&1 \
          || [ -n "$(find "$module/src/main" "$module/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
        needs=0
        break
      fi
    done
  fi
  if [ "$needs" -eq 0 ]; then
    echo "$tool: building the jars (./mvnw -DskipTests package) ..."
    mkdir -p "$(dirname "$stamp")"
    touch "$stamp.new"
    ./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package \
      -pl "launcher,payment-simulator,user-service,catalog-service,order-service,gateway,benchmarks$extra" -am
    mv "$stamp.new" "$stamp"
  fi
}

# All load comes from this one address, so the gateway's per-client limits (10 credential
# operations and 300 anonymous requests a minute; README, "Limits and overload") would
# measure the limiter, not the shop. The stack the tool starts inherits these; the limiter
# still runs and is counted. The gateway's concurrency limit is not raised: it is part of
# what is measured.
raise_rate_limits() {
  local policy field name
  for policy in AUTHENTICATION PUBLICREADS AUTHENTICATED ANONYMOUS GRAPHQL; do
    for field in CAPACITY REFILL; do
      name="NEXUS_GATEWAY_RATELIMITS_${policy}_${field}"
      export "$name=${!name:-100000000}"
    done
  done
}
