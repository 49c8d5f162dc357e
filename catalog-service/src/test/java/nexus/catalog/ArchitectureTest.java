package nexus.catalog;

import nexus.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void keepsTheFeatureLayout() {
		ArchitectureRules.check("nexus.catalog");
	}

	@Test
	void keepsHttpAndTheWireOutOfTheDomain() {
		ArchitectureRules.checkDomainBoundaries("nexus.catalog");
	}

}
