package dev.stratus.lambda.invoke.async;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.destination.Destinations;
import dev.stratus.lambda.function.EventInvokeConfig;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.invoke.InvokeOutcome;
import dev.stratus.lambda.invoke.Invocations;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.time.Scheduler;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue of Event invocations, kept in storage until each is done with. As Lambda does, a failed event is
 * retried (twice unless its function's event invoke config says otherwise), after one retry delay and then
 * after two (of the platform clock, through the platform {@link Scheduler}); a throttled one is tried again with
 * back-off without counting as an attempt; an event older than its maximum age is not run any more. The invocation record then goes to the
 * OnSuccess or OnFailure destination, when one is configured.
 */
@Singleton
public class AsyncInvocations implements ServiceLifecycle {

    public static final String RETRY_DELAY_SETTING = "lambda.async-retry-delay";
    private static final Logger LOG = LoggerFactory.getLogger(AsyncInvocations.class);
    private static final int DEFAULT_RETRIES = 2;
    private static final int DEFAULT_MAX_AGE_SECONDS = 21_600;
    private static final String THROTTLED = "TooManyRequestsException";
    private static final Duration THROTTLE_FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration THROTTLE_MAX_DELAY = Duration.ofMinutes(5);
    /** Enough doublings of the first delay to pass the largest one. */
    private static final int THROTTLE_DOUBLINGS = 9;

    private final Duration retryDelay;
    private final AsyncEventStore store;
    private final EventInvokeConfigs configs;
    private final Provider<Invocations> invocations;
    private final Destinations destinations;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final Scheduler scheduler;
    private final ExecutorService executor;
    /** Orders the ids of events accepted within one millisecond. */
    private final AtomicLong sequence = new AtomicLong();

    @Inject
    public AsyncInvocations(StratusSettings settings, AsyncEventStore store, EventInvokeConfigs configs,
                            Provider<Invocations> invocations, Destinations destinations, Clock clock,
                            ObjectMapper mapper, Scheduler scheduler) {
        this.retryDelay = settings.getDuration(RETRY_DELAY_SETTING);
        this.store = store;
        this.configs = configs;
        this.invocations = invocations;
        this.destinations = destinations;
        this.clock = clock;
        this.mapper = mapper;
        this.scheduler = scheduler;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "lambda-async-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Accepts an event for {@code arn} (qualified as the caller qualified it) and runs it soon. */
    public void enqueue(FunctionArn arn, String requestId, byte[] payload, String clientContext) {
        long now = clock.millis();
        String id = String.format("%019d-%019d", now, sequence.incrementAndGet());
        AsyncEvent event = new AsyncEvent(id, arn.toString(), requestId, payload, clientContext, now, 0, 0);
        store.put(event);
        executor.execute(() -> run(event));
    }

    /** Resumes the events a previous run of Stratus accepted and did not finish. */
    @Override
    public void start() {
        List<AsyncEvent> waiting = store.all();
        if (!waiting.isEmpty()) {
            LOG.info("Resuming {} Event invocations accepted before the restart", waiting.size());
        }
        waiting.forEach(event -> executor.execute(() -> run(event)));
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }

    private void run(AsyncEvent event) {
        try {
            attempt(event);
        } catch (RuntimeException e) {
            if (executor.isShutdown()) {
                // Stopping interrupted the attempt: the event stays in storage, and the next start runs it.
                LOG.info("Event invocation {} of {} was interrupted by the stop and runs again at the next start",
                        event.requestId(), event.functionArn());
                return;
            }
            LOG.warn("Event invocation {} of {} could not be handled and is dropped", event.requestId(),
                    event.functionArn(), e);
            store.delete(event);
        }
    }

    private void attempt(AsyncEvent event) {
        FunctionArn arn = FunctionLocator.fromArn(event.functionArn());
        Optional<EventInvokeConfig> config = configs.applying(arn);
        long maxAgeMillis = config.map(EventInvokeConfig::maximumEventAgeInSeconds).orElse(DEFAULT_MAX_AGE_SECONDS)
                * 1000L;
        // The retry is due a delay after the attempt began: a clock read once it failed could follow a move of
        // the clock by a caller that saw the failure (the function's output), and put the retry out of its reach.
        Instant attemptedAt = clock.instant();
        if (attemptedAt.toEpochMilli() - event.enqueuedAt() > maxAgeMillis) {
            LOG.info("Event invocation {} of {} is older than its maximum age and is not run any more",
                    event.requestId(), arn);
            finish(event, arn, DestinationRecord.EVENT_AGE_EXCEEDED, null, config);
            return;
        }
        InvokeOutcome outcome = null;
        try {
            outcome = invocations.get().attemptEvent(arn, event.requestId(), event.payload(), event.clientContext());
        } catch (AwsServiceException e) {
            if (THROTTLED.equals(e.errorCode())) {
                retryThrottled(event.throttled(), arn);
                return;
            }
            LOG.info("Event invocation {} of {} could not run (attempt {}): {}", event.requestId(), arn,
                    event.attempts() + 1, e.getMessage());
        }
        AsyncEvent attempted = event.attempted();
        if (outcome != null && outcome.functionError() == null) {
            finish(attempted, arn, DestinationRecord.SUCCESS, outcome, config);
            return;
        }
        int retries = config.map(EventInvokeConfig::maximumRetryAttempts).orElse(DEFAULT_RETRIES);
        if (attempted.attempts() > retries) {
            LOG.info("Event invocation {} of {} failed {} times and is given up", event.requestId(), arn,
                    attempted.attempts());
            finish(attempted, arn, DestinationRecord.RETRIES_EXHAUSTED, outcome, config);
            return;
        }
        store.put(attempted);
        Duration delay = retryDelay.multipliedBy(attempted.attempts());
        LOG.info("Event invocation {} of {} failed; retrying in {} ms", event.requestId(), arn, delay.toMillis());
        scheduler.at(attemptedAt.plus(delay), "lambda-async-retry", () -> executor.execute(() -> run(attempted)));
    }

    /**
     * As Lambda does, an event throttled for want of concurrency goes back to the queue without counting as an
     * attempt, and is tried again, one second later and then twice as long each time up to five minutes, until it
     * runs or is older than its maximum age (six hours by default).
     */
    private void retryThrottled(AsyncEvent throttled, FunctionArn arn) {
        store.put(throttled);
        Duration delay = THROTTLE_FIRST_DELAY.multipliedBy(1L << Math.min(throttled.throttles() - 1, THROTTLE_DOUBLINGS));
        if (delay.compareTo(THROTTLE_MAX_DELAY) > 0) {
            delay = THROTTLE_MAX_DELAY;
        }
        LOG.info("Event invocation {} of {} was throttled; trying again in {} ms", throttled.requestId(), arn,
                delay.toMillis());
        scheduler.after(delay, "lambda-async-throttle", () -> executor.execute(() -> run(throttled)));
    }

    private void finish(AsyncEvent event, FunctionArn arn, String condition, InvokeOutcome outcome,
                        Optional<EventInvokeConfig> config) {
        store.delete(event);
        Optional<String> destination = config.map(DestinationRecord.SUCCESS.equals(condition)
                ? EventInvokeConfig::onSuccess : EventInvokeConfig::onFailure);
        destination.ifPresent(arnOfDestination -> destinations.send(arnOfDestination,
                DestinationRecord.of(event, arn, condition, outcome, clock.instant(), mapper)));
    }

    /** A new request id for an invocation Lambda itself makes (a destination function's). */
    static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
