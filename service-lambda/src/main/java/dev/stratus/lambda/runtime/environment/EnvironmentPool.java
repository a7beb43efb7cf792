package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.InvocationRequest;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.lambda.runtime.launch.InitFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The execution environments of one function version: a warm one is reused (the most recently used first,
 * so that extra ones go idle and are reaped), a new one is started when all are busy, up to a limit beyond
 * which invocations wait for one to be free.
 */
public final class EnvironmentPool {

    private final FunctionSpec function;
    private final EnvironmentFactory factory;
    private final int maxEnvironments;
    private final LiveEnvironments environments = new LiveEnvironments();
    // The fields below are guarded by this.
    private final IdleEnvironments idle = new IdleEnvironments();
    /** Environments running or being started, idle ones included. */
    private int live;

    public EnvironmentPool(FunctionSpec function, EnvironmentFactory factory, int maxEnvironments) {
        this.function = function;
        this.factory = factory;
        this.maxEnvironments = maxEnvironments;
    }

    public FunctionSpec function() {
        return function;
    }

    /** Runs the invocation in a warm or new environment; empty when the pool was closed before one was free. */
    public Optional<InvocationResult> invoke(InvocationRequest request) {
        Slot slot = acquire();
        ExecutionEnvironment environment;
        if (slot instanceof Slot.Warm warm) {
            environment = warm.environment();
        } else if (slot instanceof Slot.Fresh) {
            try {
                environment = factory.start(function, Initialization.ON_DEMAND);
            } catch (InitFailedException e) {
                giveBackSlot();
                return Optional.of(initFailed(request, e));
            } catch (RuntimeException e) {
                giveBackSlot();
                throw e;
            }
            environments.add(environment);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(environment.invoke(request));
        } finally {
            release(environment);
        }
    }

    /** Every environment of the pool, busy or idle. */
    public LiveEnvironments environments() {
        return environments;
    }

    /** Stops the environments idle since {@code idleTimeout} before {@code now}. */
    public void reapIdle(Instant now, Duration idleTimeout) {
        List<ExecutionEnvironment> expired;
        synchronized (this) {
            expired = idle.removeUsedBy(now.minus(idleTimeout));
            live -= expired.size();
        }
        expired.forEach(environments::stop);
    }

    /**
     * Stops the idle environments and starts no more; busy ones finish their invocation first, unless
     * {@code killBusy}.
     */
    public void close(boolean killBusy) {
        List<ExecutionEnvironment> stopping;
        synchronized (this) {
            List<ExecutionEnvironment> idleOnes = idle.close();
            live -= idleOnes.size();
            stopping = killBusy ? environments.all() : idleOnes;
            notifyAll();
        }
        stopping.forEach(environments::stop);
    }

    /** What an invocation got from the pool. */
    private sealed interface Slot {
        record Warm(ExecutionEnvironment environment) implements Slot {
        }

        /** Room to start a new environment. */
        record Fresh() implements Slot {
        }

        record Closed() implements Slot {
        }
    }

    private Slot acquire() {
        List<ExecutionEnvironment> dead = new ArrayList<>();
        try {
            synchronized (this) {
                while (!idle.closed()) {
                    ExecutionEnvironment environment = idle.take();
                    while (environment != null && !environment.reusable()) {
                        live--;
                        dead.add(environment);
                        environment = idle.take();
                    }
                    if (environment != null) {
                        return new Slot.Warm(environment);
                    }
                    if (live < maxEnvironments) {
                        live++;
                        return new Slot.Fresh();
                    }
                    waitForRelease();
                }
                return new Slot.Closed();
            }
        } finally {
            dead.forEach(environments::stop);
        }
    }

    private void waitForRelease() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an execution environment of "
                    + function.qualifiedFunctionArn(), e);
        }
    }

    private void release(ExecutionEnvironment environment) {
        boolean kept;
        synchronized (this) {
            kept = idle.takeBack(environment);
            if (!kept) {
                live--;
            }
            notifyAll();
        }
        if (!kept) {
            environments.stop(environment);
        }
    }

    private synchronized void giveBackSlot() {
        live--;
        notifyAll();
    }

    private InvocationResult initFailed(InvocationRequest request, InitFailedException failure) {
        String id = request.requestId();
        String message = "RequestId: " + id + " Error: " + failure.getMessage();
        List<String> lines = List.of("START RequestId: " + id + " Version: " + function.version(),
                message, failure.errorType(), "END RequestId: " + id);
        FunctionLog log = factory.logOf(function);
        lines.forEach(line -> log.line(id, line));
        return new InvocationResult(ErrorPayloads.of(failure.errorType(), message), "Unhandled",
                String.join("\n", lines) + "\n", Duration.ZERO);
    }
}
