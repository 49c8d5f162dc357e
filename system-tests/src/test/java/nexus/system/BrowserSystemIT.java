package nexus.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import nexus.launcher.LauncherSettings;
import nexus.launcher.LocalStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a person meets in a browser, with headless Chromium driven by Selenium against the
 * stack the launcher started: Swagger UI's try-it-out through the gateway, GraphiQL
 * without internet access, and the operator's console. Screenshots go to
 * {@code system-tests/target/screenshots}.
 */
class BrowserSystemIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static ChromeDriver browser;

	private static Path profile;

	private final LocalStack stack = RunningNexus.stack();

	private final Api api = new Api(this.stack.gatewayUrl());

	@BeforeAll
	static void startBrowser() throws IOException {
		String chromium = Tools.require(List.of("chromium", "chromium-browser", "google-chrome"), "NEXUS_BROWSER_TESTS",
				"apt-get install chromium chromium-driver");
		String driver = Tools.require(List.of("chromedriver"), "NEXUS_BROWSER_TESTS",
				"apt-get install chromium-driver");
		profile = Files.createTempDirectory("nexus-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Test
	void swaggerTryItOutWorksForACatalogAnOrderAndAUserOperation(TestInfo test) {
		String customer = this.api.newCustomer();

		tryItOut("catalog-service", "/api/catalog/products", null);
		screenshot(test, "swagger-catalog");
		// Swagger fills every parameter with its example; customerId is for
		// administrators.
		tryItOut("order-service", "/api/orders", customer, "customerId");
		screenshot(test, "swagger-orders");
		tryItOut("user-service", "/api/users/me", customer);
		screenshot(test, "swagger-users-me");
	}

	@Test
	void graphiqlLoadsFromTheGatewayRunsAQueryAndShowsTheSchema(TestInfo test) {
		browser.get(this.stack.gatewayUrl() + "/graphiql");
		WebDriverWait wait = new WebDriverWait(browser, WAIT);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
		wait.until((driver) -> driver.findElement(By.cssSelector(".result-window")).getText().contains("\"content\""));
		assertThat(browser.findElement(By.cssSelector(".result-window")).getText()).contains("\"name\"")
			.doesNotContain("\"errors\"");
		// Every asset came from the gateway: the page works without internet access.
		List<?> origins = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)");
		assertThat(origins).isNotEmpty().allSatisfy((origin) -> assertThat(origin).isEqualTo(this.stack.gatewayUrl()));
		screenshot(test, "graphiql-query");

		// The schema explorer needs GraphiQL's introspection query (depth 13 or so),
		// which
		// the gateway's GraphQL limits must let through.
		browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
		By explorer = By.cssSelector(".graphiql-doc-explorer");
		wait.until((driver) -> {
			String text = driver.findElement(explorer).getText();
			return text.contains("Root Types") || text.contains("Error") || text.contains("error");
		});
		screenshot(test, "graphiql-schema");
		assertThat(browser.findElement(explorer).getText()).contains("Root Types").doesNotContainIgnoringCase("error");
	}

	@Test
	void theConsoleShowsEveryServicesHealthAndReplaysADeadLetter(TestInfo test) {
		String admin = this.api.admin();
		String eventId = publishPoisonMessage();
		String deadLetter = awaitDeadLetter(admin, "order-service", eventId);

		browser.get(this.stack.gatewayUrl() + "/ops/");
		WebDriverWait wait = new WebDriverWait(browser, WAIT);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")))
			.sendKeys(LauncherSettings.ADMIN_EMAIL);
		browser.findElement(By.id("password")).sendKeys(LauncherSettings.ADMIN_PASSWORD);
		browser.findElement(By.id("login-button")).click();

		for (String service : List.of("user-service", "catalog-service", "order-service", "gateway")) {
			By health = By.cssSelector("#services tr[data-service='" + service + "'] td.health");
			wait.until(ExpectedConditions.textToBe(health, "UP"));
			assertThat(browser.findElement(By.cssSelector("#services tr[data-service='" + service + "'] td.readiness"))
				.getText()).isEqualTo("UP");
		}
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#breakers tr[data-breaker='order-service']")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#orders-chart svg")));
		By row = By.cssSelector("#dead-letters tr[data-dead-letter='" + deadLetter + "']");
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		screenshot(test, "console");

		browser.findElement(row).findElement(By.cssSelector("button.inspect")).click();
		wait.until((driver) -> driver.findElement(By.id("dead-letter-detail")).getText().contains(eventId));
		browser.findElement(row).findElement(By.cssSelector("button.replay")).click();
		wait.until(
				ExpectedConditions.textToBe(By.id("dead-letter-result"), "Dead letter " + deadLetter + " replayed."));
		screenshot(test, "console-replayed");

		JsonNode replayed = this.api.get("/ops/api/order-service/actuator/deadletters/" + deadLetter, admin).json();
		assertThat(replayed.path("status").asString()).isEqualTo("REPLAYED");
	}

	private void tryItOut(String service, String path, String token, String... leftEmpty) {
		browser.get(this.stack.gatewayUrl() + "/swagger-ui/index.html?urls.primaryName=" + service);
		WebDriverWait wait = new WebDriverWait(browser, WAIT);
		By summary = By.xpath("//div[contains(@class,'opblock-get')]//*[contains(@class,'opblock-summary-path')"
				+ " and @data-path='" + path + "']");
		wait.until(ExpectedConditions.elementToBeClickable(summary));
		if (token != null) {
			browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
			WebElement input = wait.until(ExpectedConditions
				.visibilityOfElementLocated(By.cssSelector(".modal-ux .auth-container input[type='text']")));
			input.sendKeys(token);
			browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")).click();
			browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();
		}
		WebElement operation = browser.findElement(summary)
			.findElement(By.xpath("ancestor::div[contains(@class,'opblock-get')][1]"));
		scrollTo(operation);
		operation.findElement(By.cssSelector(".opblock-summary")).click();
		wait.until((driver) -> !operation.findElements(By.cssSelector("button.try-out__btn")).isEmpty());
		click(operation.findElement(By.cssSelector("button.try-out__btn")));
		for (String name : leftEmpty) {
			// Keys, not clear(): the field is React's, and only typing tells it.
			WebElement field = operation.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
			scrollTo(field);
			field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		}
		click(wait.until((driver) -> operation.findElement(By.cssSelector("button.execute"))));
		By status = By.cssSelector(".live-responses-table .response .response-col_status");
		By refused = By.cssSelector(".validation-errors, .invalid");
		try {
			wait.until((driver) -> !operation.findElements(status).isEmpty()
					|| !operation.findElements(refused).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("No answer in Swagger UI for " + service + " " + path + ": " + operation.getText(),
					ex);
		}
		assertThat(operation.findElements(refused)).as("Swagger UI refused the request: %s", operation.getText())
			.isEmpty();
		assertThat(operation.findElement(status).getText())
			.as("%s %s: %s", service, path,
					operation.findElement(By.cssSelector(".live-responses-table .response .response-col_description"))
						.getText())
			.isEqualTo("200");
	}

	private static void click(WebElement element) {
		scrollTo(element);
		element.click();
	}

	private static void scrollTo(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	/**
	 * A message that no consumer can read: CloudEvents headers of a known type, a payload
	 * that is not JSON. Every group reading the topic dead-letters it at once.
	 */
	private static String publishPoisonMessage() {
		String eventId = UUID.randomUUID().toString();
		String subject = UUID.randomUUID().toString();
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningNexus.kafkaBootstrapServers());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>("nexus.users.v1", subject,
					"{this is not json".getBytes(StandardCharsets.UTF_8));
			Map.of("ce_id", eventId, "ce_specversion", "1.0", "ce_type", "nexus.user.UserRegistered", "ce_source",
					"browser-test", "ce_time", "2026-01-01T00:00:00Z", "ce_subject", subject, "ce_schemaversion", "1",
					"content-type", "application/json")
				.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish the poison message", ex);
		}
		return eventId;
	}

	private String awaitDeadLetter(String admin, String service, String eventId) {
		String[] id = new String[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode letters = this.api.get("/ops/api/" + service + "/actuator/deadletters?status=PENDING", admin)
				.json();
			for (JsonNode letter : letters) {
				if (eventId.equals(letter.path("eventId").asString())) {
					id[0] = letter.path("id").asString();
					return true;
				}
			}
			return false;
		});
		return id[0];
	}

	private static void screenshot(TestInfo test, String name) {
		try {
			Path directory = Path.of(System.getProperty("nexus.screenshots", "target/screenshots"));
			Files.createDirectories(directory);
			Files.write(directory.resolve(test.getTestClass().orElseThrow().getSimpleName() + "-" + name + ".png"),
					browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
