package nexus.catalog.cache;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nexus.platform.paging.Listing;
import nexus.catalog.product.ProductView;
import nexus.testsupport.TestRedis;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis path of the read cache, against a real Redis: values survive the trip as
 * JSON, and two instances share entries and evictions.
 */
class RedisCatalogCacheIT {

	private final ApplicationContextRunner instance = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
		.withUserConfiguration(CacheSetup.class)
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build())
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("nexus.catalog.cache.store=redis", "spring.data.redis.url=" + TestRedis.url());

	@Test
	void instancesShareCachedReadsAndEvictions() {
		ProductView product = product();
		String key = product.id().toString();
		AtomicInteger loads = new AtomicInteger();

		this.instance.run((first) -> this.instance.run((second) -> {
			CatalogCache<ProductView> one = first.getBean(CacheRegions.class)
				.region("products-it", new TypeReference<>() {
				}, Duration.ofMinutes(1));
			CatalogCache<ProductView> two = second.getBean(CacheRegions.class)
				.region("products-it", new TypeReference<>() {
				}, Duration.ofMinutes(1));

			assertThat(one.get(key, () -> load(loads, product))).isEqualTo(product);
			assertThat(two.get(key, () -> load(loads, product))).as("read from Redis").isEqualTo(product);
			assertThat(loads).hasValue(1);
			assertThat(first.getBean(StringRedisTemplate.class).hasKey("nexus:catalog:products-it::" + key)).isTrue();

			two.evict(key);
			one.get(key, () -> load(loads, product));
			assertThat(loads).hasValue(2);
			assertThat(second.getBean(MeterRegistry.class)
				.counter("nexus.catalog.cache.requests", "cache", "products-it", "result", "hit")
				.count()).isEqualTo(1);
		}));
	}

	@Test
	void clearingARegionForgetsEveryPageOfIt() {
		Listing<ProductView> page = new Listing<>(List.of(product(), product()), 0, 20, 2);
		AtomicInteger loads = new AtomicInteger();

		this.instance.run((context) -> {
			CatalogCache<Listing<ProductView>> pages = context.getBean(CacheRegions.class)
				.region("pages-it", new TypeReference<>() {
				}, Duration.ofMinutes(1));
			pages.get("a", () -> {
				loads.incrementAndGet();
				return page;
			});
			assertThat(pages.get("a", () -> null)).isEqualTo(page);
			assertThat(pages.get("b", () -> page)).isEqualTo(page);

			pages.clear();

			assertThat(pages.get("a", () -> null)).isNull();
			assertThat(pages.get("b", () -> null)).isNull();
		});
	}

	@Test
	void anUnreachableRedisIsBypassedAndCounted() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withUserConfiguration(CacheSetup.class)
			.withBean(JsonMapper.class, () -> JsonMapper.builder().build())
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("nexus.catalog.cache.store=redis", "spring.data.redis.url=redis://127.0.0.1:1",
					"spring.data.redis.connect-timeout=200ms", "spring.data.redis.timeout=200ms")
			.run((context) -> {
				CatalogCache<ProductView> products = context.getBean(CacheRegions.class)
					.region("down-it", new TypeReference<>() {
					}, Duration.ofMinutes(1));
				ProductView product = product();

				assertThat(products.get("x", () -> product)).isEqualTo(product);
				products.evict("x");
				assertThat(context.getBean(MeterRegistry.class)
					.find("nexus.catalog.cache.errors")
					.tags("cache", "down-it")
					.counters()).isNotEmpty();
			});
	}

	private static ProductView load(AtomicInteger loads, ProductView product) {
		loads.incrementAndGet();
		return product;
	}

	private static ProductView product() {
		UUID id = UUID.randomUUID();
		Instant now = Instant.parse("2026-01-02T03:04:05.123456Z");
		return new ProductView(id, "Lamp", "A lamp", new BigDecimal("19.90"), "USD", UUID.randomUUID(), null, 4,
				new BigDecimal("4.50"), 2, List.of(ProductView.ImageRef.of(id, UUID.randomUUID())), now, now, 3);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CacheProperties.class)
	@Import(CacheConfiguration.class)
	static class CacheSetup {

	}

}
