package dev.stratus.lambda.invoke;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.time.Scheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue of Event invocations. As Lambda does, a failed event is retried twice, after one retry delay and
 * then after two (of the platform clock, through the platform {@link Scheduler}); then it is dropped.
 */
@Singleton
public class AsyncInvocations implements ServiceLifecycle {

    public static final String RETRY_DELAY_SETTING = "lambda.async-retry-delay";
    private static final Logger LOG = LoggerFactory.getLogger(AsyncInvocations.class);
    private static final int ATTEMPTS = 3;

    private final Duration retryDelay;
    private final Scheduler scheduler;
    private final ExecutorService executor;

    @Inject
    public AsyncInvocations(StratusSettings settings, Scheduler scheduler) {
        this.retryDelay = settings.getDuration(RETRY_DELAY_SETTING);
        this.scheduler = scheduler;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "lambda-async-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Queues an event; {@code attempt} runs it once and tells whether it succeeded. {@code description} names the
     * event in the log.
     */
    public void submit(String description, BooleanSupplier attempt) {
        executor.execute(() -> run(description, attempt, 1));
    }

    private void run(String description, BooleanSupplier attempt, int number) {
        boolean succeeded;
        try {
            succeeded = attempt.getAsBoolean();
        } catch (AwsServiceException e) {
            LOG.info("Event invocation {} could not run (attempt {} of {}): {}", description, number, ATTEMPTS,
                    e.getMessage());
            succeeded = false;
        } catch (RuntimeException e) {
            LOG.warn("Event invocation {} could not run (attempt {} of {})", description, number, ATTEMPTS, e);
            succeeded = false;
        }
        if (succeeded) {
            return;
        }
        if (number >= ATTEMPTS) {
            LOG.info("Event invocation {} failed {} times and is dropped", description, ATTEMPTS);
            return;
        }
        Duration delay = retryDelay.multipliedBy(number);
        LOG.info("Event invocation {} failed; retrying in {} ms", description, delay.toMillis());
        scheduler.after(delay, "lambda-async-retry",
                () -> executor.execute(() -> run(description, attempt, number + 1)));
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }
}
