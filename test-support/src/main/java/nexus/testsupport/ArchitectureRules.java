package nexus.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The layout rules every service keeps (docs/architecture.md): package by feature, each
 * feature with its {@code web} and {@code messaging} adapters around its domain.
 * <ul>
 * <li>nothing outside {@code web} depends on {@code web};</li>
 * <li>{@code web} never touches a JPA entity: controllers take and return records;</li>
 * <li>a controller uses only the repositories of its own feature;</li>
 * <li>messaging adapters do not depend on web adapters;</li>
 * <li>no field injection.</li>
 * </ul>
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * Checks every rule against a service's main classes.
	 * @param basePackage the service's root package, such as {@code nexus.catalog}
	 */
	public static void check(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		onlyWebDependsOnWeb(basePackage).check(classes);
		webNeverTouchesEntities().check(classes);
		controllersUseOnlyTheirOwnFeaturesRepositories(basePackage).check(classes);
		messagingDoesNotDependOnWeb(basePackage).check(classes);
		noFieldInjection().check(classes);
	}

	/**
	 * Checks the domain's boundaries: no HTTP outside the adapters, and the wire
	 * contracts of {@code common-events} and the outbox only in {@code messaging}.
	 * @param basePackage the service's root package, such as {@code nexus.catalog}
	 */
	public static void checkDomainBoundaries(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		domainSpeaksNoHttp(basePackage).check(classes);
		wireContractsOnlyInMessaging(basePackage).check(classes);
		onlyThePlatformWritesTheOutbox(basePackage).check(classes);
	}

	/**
	 * Domain and application code know nothing of HTTP: they throw the platform's domain
	 * exceptions, and the web adapters ({@code web}: HTTP in; {@code client}: HTTP out)
	 * speak HTTP.
	 * @param basePackage the service's root package
	 * @return the rule
	 */
	public static ArchRule domainSpeaksNoHttp(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and()
			.resideOutsideOfPackages(ADAPTERS)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "jakarta.servlet..",
					"nexus.platform.web..")
			.allowEmptyShould(true)
			.because("domain and application code must not know about HTTP: they throw nexus.platform.domain "
					+ "exceptions, which the platform maps to problem details");
	}

	/**
	 * The wire records of {@code common-events} are met only in {@code messaging}: a
	 * consumer turns what it receives into a call in the domain's terms, and the
	 * service's {@code EventTranslator} turns domain events into wire records. A contract
	 * change never reaches an aggregate.
	 * @param basePackage the service's root package
	 * @return the rule
	 */
	public static ArchRule wireContractsOnlyInMessaging(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and()
			.resideOutsideOfPackage("..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("nexus.events..")
			.allowEmptyShould(true)
			.because("the wire contracts are translated at one edge per service, its messaging packages");
	}

	/**
	 * Events reach the outbox one way: aggregates register domain events and the platform
	 * writes their wire form when the aggregate is saved.
	 * @param basePackage the service's root package
	 * @return the rule
	 */
	public static ArchRule onlyThePlatformWritesTheOutbox(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("nexus.platform.messaging.outbox.Outbox")
			.allowEmptyShould(true)
			.because("aggregates register domain events; the platform writes them to the outbox");
	}

	/** Packages that adapt the domain to the outside world. */
	private static final String[] ADAPTERS = { "..web..", "..messaging..", "..client.." };

	// The service's own web adapters.
	static ArchRule onlyWebDependsOnWeb(String basePackage) {
		return noClasses().that()
			.resideOutsideOfPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(basePackage + "..web..")
			.allowEmptyShould(true)
			.because("domain and application code must not know about HTTP");
	}

	static ArchRule webNeverTouchesEntities() {
		return noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.allowEmptyShould(true)
			.because("entities never cross the web boundary: controllers take and return records");
	}

	static ArchRule messagingDoesNotDependOnWeb(String basePackage) {
		return noClasses().that()
			.resideInAPackage("..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(basePackage + "..web..")
			.allowEmptyShould(true);
	}

	static ArchRule noFieldInjection() {
		return noFields().should()
			.beAnnotatedWith(Autowired.class)
			.allowEmptyShould(true)
			.because("dependencies are constructor arguments");
	}

	static ArchRule controllersUseOnlyTheirOwnFeaturesRepositories(String basePackage) {
		return classes().that()
			.resideInAPackage("..web..")
			.should(new ArchCondition<>("use only the repositories of their own feature") {
				@Override
				public void check(JavaClass web, ConditionEvents events) {
					String feature = featureOf(web.getPackageName(), basePackage);
					web.getDirectDependenciesFromSelf()
						.stream()
						.map((dependency) -> dependency.getTargetClass())
						.filter(REPOSITORY)
						.filter((repository) -> !feature.equals(featureOf(repository.getPackageName(), basePackage)))
						.forEach((repository) -> events.add(SimpleConditionEvent.violated(web,
								web.getName() + " uses " + repository.getName() + " of another feature")));
				}
			})
			.allowEmptyShould(true);
	}

	private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe("a repository",
			(type) -> type.isAssignableTo(Repository.class));

	private static String featureOf(String packageName, String basePackage) {
		String rest = packageName.startsWith(basePackage + ".") ? packageName.substring(basePackage.length() + 1) : "";
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
