package nexus.launcher;

import java.util.List;

/**
 * Processes a previous run of this data directory left behind (it was killed before it
 * could stop them), found by the instance marker on their command line.
 */
final class LeftoverProcesses {

	private LeftoverProcesses() {
	}

	/**
	 * Stops them.
	 * @param instance the marker of this data directory's runs
	 * @return how many were stopped
	 */
	static int stop(String instance) {
		String marker = "-D" + JavaCommand.INSTANCE_PROPERTY + "=" + instance;
		List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
			.filter((process) -> process.pid() != ProcessHandle.current().pid())
			.filter((process) -> process.info()
				.arguments()
				.map((arguments) -> List.of(arguments).contains(marker))
				.orElse(false))
			.toList();
		leftovers.forEach(ProcessHandle::destroy);
		leftovers.forEach((process) -> process.onExit().join());
		return leftovers.size();
	}

}
