# syntax=docker/dockerfile:1
#
# The image of a Spring Boot service of Nexus (user-service, catalog-service,
# order-service, gateway): one Dockerfile for all four, the module given as build
# arguments. docker compose passes them; by hand, from the repository root:
#
#   ./mvnw -DskipTests package
#   docker build -f deploy/docker/spring-service.Dockerfile \
#     --build-arg MODULE=order-service --build-arg PORT=8083 -t nexus/order-service order-service
#
# It packages the jar the Maven build already made and does not run Maven (the build
# needs the whole multi-module reactor). The build context is the module's directory;
# its .dockerignore sends only target/*.jar.

ARG JAVA_IMAGE=eclipse-temurin:25-jre
ARG BUSYBOX_IMAGE=busybox:1.37-musl

# Stage 1: split the Spring Boot jar into its layers. Dependencies change rarely and the
# application classes on every build, so each gets its own image layer and a rebuild
# ships only what changed.
FROM ${JAVA_IMAGE} AS layers
ARG MODULE
WORKDIR /layers
COPY target/${MODULE}-*.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# The Temurin JRE image has neither curl nor wget (wget is removed after the JDK is
# downloaded), so the health check uses busybox's wget: one static binary of about 1 MB,
# rather than a second JVM started every few seconds.
FROM ${BUSYBOX_IMAGE} AS busybox

FROM ${JAVA_IMAGE}
ARG PORT=8080
# /var/lib/nexus is the one place a service may write (user-service keeps its signing
# keys in /var/lib/nexus/keys, NEXUS_TOKEN_KEYS_DIR): owned by the service's user, so a
# volume mounted there is writable.
RUN groupadd --system --gid 10001 nexus \
  && useradd --system --uid 10001 --gid nexus --home-dir /app --no-create-home --shell /usr/sbin/nologin nexus \
  && mkdir -p /var/lib/nexus/keys \
  && chown -R nexus:nexus /var/lib/nexus \
  && chmod 700 /var/lib/nexus/keys
COPY --from=busybox /bin/busybox /usr/local/bin/busybox
WORKDIR /app
# Least to most often changed. The files stay owned by root: the service cannot change
# its own code.
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
# The heap follows the container's memory limit (75 %, the rest is metaspace, code cache,
# threads and buffers); an OutOfMemoryError ends the process so the container restarts
# instead of limping on. Override with JDK_JAVA_OPTIONS.
ENV SERVER_PORT=${PORT} \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER 10001:10001
EXPOSE ${PORT}
# Ready means what the service's readiness group says: database and broker for the three
# back-end services (so containers that depend on them start only then); for the gateway
# only itself (downstream outages are answered by its circuit breakers). The port follows
# SERVER_PORT.
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --start-interval=3s --retries=3 \
  CMD busybox wget -q -O /dev/null "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-${SERVER_PORT}}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
