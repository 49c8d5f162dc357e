package nexus.order;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nexus.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void keepsTheFeatureLayout() {
		ArchitectureRules.check("nexus.order");
	}

	@Test
	void keepsHttpOutOfTheDomain() {
		ArchitectureRules.domainSpeaksNoHttp("nexus.order")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("nexus.order"));
	}

}
