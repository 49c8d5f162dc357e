/**
 * What every module's tests share, on the test class path only: real infrastructure
 * started once per JVM (PostgreSQL, Kafka, Redis, a JWKS endpoint with its test tokens),
 * never a mock standing in for it, and the harnesses and checks built on it. Start with
 * {@link nexus.testsupport.ServiceIntegrationTest}, the one integration-test harness of
 * the services, and {@link nexus.testsupport.ArchitectureRules}, the layout every service
 * keeps; {@link nexus.testsupport.OpenApiContract} holds a service to its own OpenAPI
 * document. See ADR 0003.
 */
@NullMarked
package nexus.testsupport;

import org.jspecify.annotations.NullMarked;
