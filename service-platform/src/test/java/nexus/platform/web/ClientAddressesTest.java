package nexus.platform.web;

import java.util.List;

import nexus.proxies.TrustedProxies;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

	private final ClientAddresses clients = new ClientAddresses(TrustedProxies.of(List.of("127.0.0.1/32")));

	@Test
	void theGatewaysXForwardedForNamesTheClient() {
		assertThat(this.clients.of(request("127.0.0.1", "6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
	}

	@Test
	void aPrivateAddressThatIsNotATrustedProxyCannotPickTheAddressItIsCountedBy() {
		assertThat(this.clients.of(request("10.0.0.9", "203.0.113.7"))).isEqualTo("10.0.0.9");
		assertThat(this.clients.of(request("192.168.1.4", "127.0.0.1"))).isEqualTo("192.168.1.4");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/login");
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		return request;
	}

}
