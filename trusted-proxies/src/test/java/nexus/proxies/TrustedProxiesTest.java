package nexus.proxies;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxiesTest {

	private final TrustedProxies gatewayOnLoopback = TrustedProxies.of(List.of("127.0.0.1/32", "::1/128"));

	@Test
	void anUntrustedPeerIsTheClientWhateverItsXForwardedForSays() {
		assertThat(this.gatewayOnLoopback.clientOf(ip("192.168.1.20"), List.of("203.0.113.7")))
			.isEqualTo(ip("192.168.1.20"));
		// Private addresses are not trusted for being private.
		assertThat(TrustedProxies.none().clientOf(ip("10.0.0.2"), List.of("203.0.113.7"))).isEqualTo(ip("10.0.0.2"));
	}

	@Test
	void aTrustedPeerPassesOnTheNearestUntrustedHop() {
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of("203.0.113.7")))
			.isEqualTo(ip("203.0.113.7"));
		// What the client wrote itself is left of the hop the proxy added: never read.
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of("1.1.1.1, 203.0.113.7")))
			.isEqualTo(ip("203.0.113.7"));
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of("1.1.1.1", "203.0.113.7")))
			.isEqualTo(ip("203.0.113.7"));
	}

	@Test
	void severalTrustedHopsAreSkipped() {
		TrustedProxies chain = TrustedProxies.of(List.of("10.0.0.0/8", "127.0.0.1"));
		assertThat(chain.clientOf(ip("127.0.0.1"), List.of("6.6.6.6, 198.51.100.4, 10.1.2.3")))
			.isEqualTo(ip("198.51.100.4"));
		assertThat(chain.clientOf(ip("127.0.0.1"), List.of("10.9.9.9, 10.1.2.3"))).isEqualTo(ip("10.9.9.9"));
	}

	@Test
	void noHeaderOrAnEntryThatIsNoAddressStopsAtTheLastTrustedHop() {
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of())).isEqualTo(ip("127.0.0.1"));
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of("evil.example.com")))
			.isEqualTo(ip("127.0.0.1"));
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of("unknown, 203.0.113.7")))
			.isEqualTo(ip("203.0.113.7"));
	}

	@Test
	void portsAndBracketsAreUnderstoodAndIpv6Matches() {
		assertThat(this.gatewayOnLoopback.clientOf(ip("::1"), List.of("[2001:db8::1]:443")))
			.isEqualTo(ip("2001:db8::1"));
		assertThat(this.gatewayOnLoopback.clientOf(ip("127.0.0.1"), List.of("203.0.113.7:5555")))
			.isEqualTo(ip("203.0.113.7"));
		assertThat(TrustedProxies.of(List.of("2001:db8::/32")).trusts(ip("2001:db8:ffff::1"))).isTrue();
		assertThat(TrustedProxies.of(List.of("2001:db8::/32")).trusts(ip("2001:db9::1"))).isFalse();
	}

	@Test
	void rangesMatchOnTheirPrefix() {
		TrustedProxies docker = TrustedProxies.of(List.of("172.16.0.0/12"));
		assertThat(docker.trusts(ip("172.31.255.254"))).isTrue();
		assertThat(docker.trusts(ip("172.32.0.1"))).isFalse();
		assertThat(docker.trusts(ip("::1"))).isFalse();
	}

	@Test
	void aRangeThatIsNoAddressIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("localhost")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")));
	}

	private static InetAddress ip(String literal) {
		return TrustedProxies.literal(literal);
	}

}
