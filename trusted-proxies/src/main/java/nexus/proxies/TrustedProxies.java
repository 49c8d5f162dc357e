package nexus.proxies;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The proxies whose {@code X-Forwarded-For} is believed, as address ranges (CIDR, such as
 * {@code 10.0.0.0/8} or {@code ::1/128}; a bare address is one host). None by default:
 * then the peer is always the client.
 * <p>
 * The client of a request is its peer if the peer is not trusted. If it is, the
 * {@code X-Forwarded-For} entries are read from the right (the nearest hop first),
 * skipping trusted proxies; the first address that is not one is the client. Anything a
 * client wrote itself is to the left of that and never read. An entry that is not an IP
 * address ends the walk at the hop before it, and if every hop is trusted the leftmost
 * one is the client.
 */
public final class TrustedProxies {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private static final TrustedProxies NONE = new TrustedProxies(List.of());

	private final List<Range> ranges;

	private TrustedProxies(List<Range> ranges) {
		this.ranges = ranges;
	}

	/**
	 * Trusted proxies from their ranges.
	 * @param ranges CIDR ranges or single addresses; blank entries are ignored
	 * @return the trusted proxies
	 * @throws IllegalArgumentException for an entry that is not a range of IP addresses
	 */
	public static TrustedProxies of(Collection<String> ranges) {
		List<Range> parsed = new ArrayList<>();
		for (String range : ranges) {
			if (!range.isBlank()) {
				parsed.add(Range.parse(range.strip()));
			}
		}
		return new TrustedProxies(List.copyOf(parsed));
	}

	/**
	 * No proxy is trusted.
	 * @return the empty set
	 */
	public static TrustedProxies none() {
		return NONE;
	}

	/**
	 * Whether an address is a trusted proxy.
	 * @param address the address
	 * @return whether it is in a trusted range
	 */
	public boolean trusts(InetAddress address) {
		return this.ranges.stream().anyMatch((range) -> range.contains(address));
	}

	/**
	 * The client of a request.
	 * @param peer the address the request came from
	 * @param forwardedFor the request's {@code X-Forwarded-For} header values, in order
	 * (each may hold several comma-separated entries)
	 * @return the client's address
	 */
	public InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
		if (!trusts(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String value : forwardedFor) {
			for (String entry : value.split(",")) {
				hops.add(entry.strip());
			}
		}
		InetAddress client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			InetAddress hop = literal(hops.get(i));
			if (hop == null) {
				return client;
			}
			client = hop;
			if (!trusts(hop)) {
				return hop;
			}
		}
		return client;
	}

	/**
	 * An IP address written as a literal, with no name lookup.
	 * @param text an address, possibly with a port ({@code 1.2.3.4:80}, {@code [::1]:80})
	 * @return the address, or {@code null} if the text is not an IP address
	 */
	public static @Nullable InetAddress literal(String text) {
		String value = text;
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			if (end < 0) {
				return null;
			}
			value = value.substring(1, end);
		}
		else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
			value = value.substring(0, value.indexOf(':'));
		}
		if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
			return null;
		}
		try {
			// A literal: getByName parses it without any lookup.
			return InetAddress.getByName(value);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	@Override
	public String toString() {
		return this.ranges.toString();
	}

	private record Range(byte[] network, int prefix, String text) {

		static Range parse(String text) {
			int slash = text.indexOf('/');
			InetAddress address = literal((slash < 0) ? text : text.substring(0, slash));
			if (address == null) {
				throw new IllegalArgumentException("Not an IP address range: " + text);
			}
			byte[] bytes = address.getAddress();
			int prefix;
			try {
				prefix = (slash < 0) ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Not an IP address range: " + text, ex);
			}
			if (prefix < 0 || prefix > bytes.length * 8) {
				throw new IllegalArgumentException("Not an IP address range: " + text);
			}
			return new Range(bytes, prefix, text);
		}

		boolean contains(InetAddress address) {
			byte[] candidate = address.getAddress();
			if (candidate.length != this.network.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (candidate[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (candidate[whole] & mask) == (this.network[whole] & mask);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
