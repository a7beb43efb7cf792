package dev.stratus.lambda.invoke;

import dev.stratus.lambda.LambdaErrors;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts each function's invocations in flight, refusing those beyond its reserved concurrency. */
@Singleton
public class ConcurrencyLimiter {

    /** Counters are kept once created (one per function ever invoked), so a slot is never counted twice. */
    private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    /**
     * Takes a slot for one invocation of {@code functionArn} (unqualified), or throws Lambda's throttling error when
     * the function's reserved concurrency (if any) is in use. The slot must be given back with {@link #release}.
     */
    public void acquire(String functionArn, Integer reservedConcurrency) {
        AtomicInteger count = inFlight.computeIfAbsent(functionArn, arn -> new AtomicInteger());
        int now = count.incrementAndGet();
        if (reservedConcurrency != null && now > reservedConcurrency) {
            count.decrementAndGet();
            throw LambdaErrors.throttled();
        }
    }

    public void release(String functionArn) {
        inFlight.get(functionArn).decrementAndGet();
    }
}
