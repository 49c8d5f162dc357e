package nexus.user;

import nexus.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void keepsTheFeatureLayout() {
		ArchitectureRules.check("nexus.user");
	}

	@Test
	void keepsHttpAndTheWireOutOfTheDomain() {
		ArchitectureRules.checkDomainBoundaries("nexus.user");
	}

}
