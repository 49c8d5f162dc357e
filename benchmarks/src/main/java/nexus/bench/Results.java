package nexus.bench;

import java.util.List;
import java.util.Map;

import nexus.bench.check.InvariantCheck;
import nexus.bench.measure.Latency;
import nexus.bench.measure.StackProcesses.MemoryUse;

/**
 * Everything a run measured, as it is written to {@code results.json}. Times are in
 * milliseconds, rates per second, CPU in seconds or milliseconds as named.
 *
 * @param meta when, where and how it ran
 * @param idleCpuCoresPerProcess CPU each process used while nothing was sent, in cores
 * (CPU seconds per second)
 * @param closed the closed-loop order scenarios
 * @param paced the paced order scenarios
 * @param reads the read scenarios
 * @param memoryBefore each process's memory once the stack was up, before any load
 * @param memoryAfter each process's memory after every scenario
 * @param invariants the final check
 */
public record Results(Meta meta, Map<String, Double> idleCpuCoresPerProcess, List<OrderScenario> closed,
		List<OrderScenario> paced, List<ReadScenario> reads, Map<String, MemoryUse> memoryBefore,
		Map<String, MemoryUse> memoryAfter, InvariantCheck.Report invariants) {

	/**
	 * How the run went.
	 *
	 * @param startedAt when it started (ISO-8601)
	 * @param finishedAt when it finished
	 * @param arguments its command-line arguments
	 * @param machine cores, operating system, JVM
	 * @param loadAverageAtStart the machine's 1-minute load average when the scenarios
	 * started (the warm-up counts in it too)
	 * @param otherCoresWhileIdle CPU that processes other than the stack and the load
	 * generator used while the stack was idle, in cores (-1 if unknown)
	 * @param otherCoresDuringScenarios the same over all the scenarios: how much the
	 * machine was shared while it was measured
	 * @param stack which stack it measured
	 * @param startupCache whether the stack's JVMs started from a start-up cache
	 * @param rateLimits the gateway's rate limits the stack was started with, when the
	 * benchmark started it
	 * @param customers customers registered
	 * @param products products created
	 * @param processesNotFound processes whose CPU and memory could not be measured
	 * @param notes anything that bears on the figures
	 */
	public record Meta(String startedAt, String finishedAt, List<String> arguments, String machine,
			double loadAverageAtStart, double otherCoresWhileIdle, double otherCoresDuringScenarios, String stack,
			String startupCache, Map<String, String> rateLimits, int customers, int products,
			List<String> processesNotFound, List<String> notes) {
	}

	/**
	 * One order scenario.
	 *
	 * @param name such as {@code closed 16 clients} or {@code paced 100/s}
	 * @param clients closed loop: clients; else 0
	 * @param targetRate paced: orders per second scheduled; else 0
	 * @param seconds how long orders were sent
	 * @param sent requests sent
	 * @param accepted orders accepted (202)
	 * @param sentPerSecond requests sent per second
	 * @param acceptedPerSecond orders accepted per second
	 * @param confirmed orders of this scenario that ended CONFIRMED, including any made
	 * for a request answered with a server error or not at all
	 * @param confirmedPerSecond confirmed orders per second, from the scenario's start to
	 * its last confirmation (so a backlog that confirms late lowers it)
	 * @param post POST latency, from when the request was due (paced) or sent (closed) to
	 * its answer
	 * @param placedToConfirmed from order-service's placed time to its confirmed time
	 * @param sendLag paced only: how late the generator sent against its schedule
	 * @param outcomes how orders ended (status and reason), and what was refused
	 * @param httpCodes answers to the POSTs by status (or why none came)
	 * @param madeWithoutAcceptance orders order-service made for requests that were
	 * answered with a server error (such as the gateway's 503 after its timeout) or not
	 * at all
	 * @param openBefore orders of earlier scenarios still not final when this one started
	 * @param recoverySeconds how long the gateway took, before this scenario, to answer
	 * again after the previous one (a breaker that had opened)
	 * @param backlogAtEnd accepted orders not final when sending stopped
	 * @param drainedAfterSeconds how long after sending stopped the last order became
	 * final, or {@code null} if some did not within the drain timeout
	 * @param stillOpen orders still not final when the wait ended
	 * @param cpuSeconds CPU each process used from the scenario's start until its orders
	 * were final
	 * @param cpuMsPerConfirmed the same per confirmed order, in milliseconds
	 * @param generatorCores the load generator's CPU per second of the scenario, in cores
	 * @param otherCores CPU per second of the processes outside the stack and the
	 * generator meanwhile (the machine's other load), in cores, or -1 if unknown
	 * @param series second by second, from the scenario's start
	 */
	public record OrderScenario(String name, int clients, double targetRate, double seconds, long sent, long accepted,
			double sentPerSecond, double acceptedPerSecond, long confirmed, double confirmedPerSecond, Latency post,
			Latency placedToConfirmed, Latency sendLag, Map<String, Long> outcomes, Map<String, Long> httpCodes,
			int madeWithoutAcceptance, int openBefore, double recoverySeconds, long backlogAtEnd,
			Double drainedAfterSeconds, int stillOpen, Map<String, Double> cpuSeconds,
			Map<String, Double> cpuMsPerConfirmed, double generatorCores, double otherCores, List<Second> series) {
	}

	/**
	 * One second of an order scenario.
	 *
	 * @param second seconds since the scenario started
	 * @param sent requests sent in it
	 * @param accepted of which accepted
	 * @param confirmed orders confirmed in it (by order-service's clock), whenever they
	 * were placed
	 * @param postP50 median POST latency of the requests sent in it
	 * @param postP99 99th percentile of those
	 * @param placedToConfirmedP50 median placed → CONFIRMED of the orders placed in it
	 * @param placedToConfirmedP99 99th percentile of those
	 */
	public record Second(int second, long sent, long accepted, long confirmed, double postP50, double postP99,
			double placedToConfirmedP50, double placedToConfirmedP99) {
	}

	/**
	 * One kind of read, through the gateway and straight to the service.
	 *
	 * @param name such as {@code product page}
	 * @param clients concurrent clients
	 * @param gateway through the gateway
	 * @param direct straight to the service, or {@code null} if its address is unknown
	 * @param ratio successful requests per second through the gateway over direct
	 */
	public record ReadScenario(String name, int clients, ReadSide gateway, ReadSide direct, Double ratio) {
	}

	/**
	 * One side of a read scenario.
	 *
	 * @param request what was asked
	 * @param seconds how long
	 * @param requests requests answered or failed
	 * @param okPerSecond successful (2xx, 304) requests per second
	 * @param latency their latency
	 * @param httpCodes answers by status (or why none came)
	 * @param cpuMsPerRequest each process's CPU per successful request, milliseconds
	 * @param generatorCores the load generator's CPU per second, in cores
	 * @param otherCores CPU per second of the processes outside the stack and the
	 * generator meanwhile, in cores, or -1 if unknown
	 * @param recoverySeconds through the gateway: how long it took, before this read, to
	 * answer again after the previous load
	 * @param perSecond requests started in each second
	 */
	public record ReadSide(String request, double seconds, long requests, double okPerSecond, Latency latency,
			Map<String, Long> httpCodes, Map<String, Double> cpuMsPerRequest, double generatorCores, double otherCores,
			double recoverySeconds, long[] perSecond) {
	}

}
