package nexus.paymentsimulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator as a process until it is stopped (the local default starts it so).
 * Port from {@code --port=N}, a bare number or {@code PAYMENT_SIMULATOR_PORT} (default
 * 8090); see {@link SimulatorSettings#from} for the rest.
 */
public final class PaymentSimulatorMain {

	private PaymentSimulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		SimulatorSettings settings = SimulatorSettings.from(args, SimulatorSettings.systemEnvironment());
		PaymentSimulator simulator = PaymentSimulator.start(settings);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulator.close();
			stopped.countDown();
		}, "payment-simulator-shutdown"));
		System.out.printf("Payment simulator listening on %s (declines above %d minor units, webhooks to %s)%n",
				simulator.baseUrl(), settings.declineAboveMinor(), settings.webhookUrl());
		stopped.await();
	}

}
