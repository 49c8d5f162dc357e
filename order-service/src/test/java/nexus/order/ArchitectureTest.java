package nexus.order;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nexus.testsupport.ArchitectureRules;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

	@Test
	void keepsTheFeatureLayout() {
		ArchitectureRules.check("nexus.order");
	}

	@Test
	void keepsHttpAndTheWireOutOfTheDomain() {
		ArchitectureRules.checkDomainBoundaries("nexus.order");
	}

	@Test
	void everyPackageHasAPackageInfoThatMarksItNullMarked() {
		assertThat(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("nexus.order")
			.stream()
			.map(JavaClass::getPackage)
			.distinct())
			.hasSizeGreaterThanOrEqualTo(14)
			.allSatisfy((javaPackage) -> assertThat(javaPackage.isAnnotatedWith(NullMarked.class))
				.as("package-info of %s is @NullMarked", javaPackage.getName())
				.isTrue());
	}

}
