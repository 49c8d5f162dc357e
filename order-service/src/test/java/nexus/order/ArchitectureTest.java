package nexus.order;

import nexus.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void keepsTheFeatureLayout() {
		ArchitectureRules.check("nexus.order");
	}

	@Test
	void keepsHttpAndTheWireOutOfTheDomain() {
		ArchitectureRules.checkDomainBoundaries("nexus.order");
	}

}
