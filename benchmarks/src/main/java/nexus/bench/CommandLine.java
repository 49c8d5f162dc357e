package nexus.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the project's tools ({@code ./bench.sh}, {@code ./chaos.sh}):
 * {@code --flag}, {@code --name value} and {@code --name=value}, nothing else.
 */
public final class CommandLine {

	private CommandLine() {
	}

	/**
	 * Reads the arguments.
	 * @param args the arguments
	 * @param flags options without a value (they map to {@code "true"})
	 * @param valued options with a value
	 * @param usage what an unknown option's message ends with
	 * @return option name (without {@code --}) to its value, in the order given
	 * @throws IllegalArgumentException for an unknown option, a stray argument or a
	 * missing value
	 */
	public static Map<String, String> parse(String[] args, Set<String> flags, Set<String> valued, String usage) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + arg);
			}
			int equals = arg.indexOf('=');
			String name = (equals >= 0) ? arg.substring(2, equals) : arg.substring(2);
			if (flags.contains(name) && equals < 0) {
				values.put(name, "true");
				continue;
			}
			if (!valued.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name + "\n\n" + usage);
			}
			if (equals >= 0) {
				values.put(name, arg.substring(equals + 1));
			}
			else if (i + 1 < args.length) {
				values.put(name, args[++i]);
			}
			else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
		}
		return values;
	}

}
