package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.InvocationRequest;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.lambda.runtime.launch.ProcessTree;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One execution environment: a runtime process of a function version with its own Runtime API server.
 * It runs one invocation at a time; once it timed out, crashed or failed to initialise it is not reused.
 */
final class ExecutionEnvironment {

    /**
     * How long AWS lets a runtime initialise before its first invocation. Past it, as AWS retries the init
     * within the invocation, the initialisation goes on within the function's timeout, and the invocation times
     * out when both together take longer.
     */
    private static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    private static final String EXIT_ERROR = "Runtime.ExitError";
    /**
     * How long to wait, after the response, for the runtime to ask for its next invocation: as on AWS, the
     * invocation (and its log) ends there, so lines a runtime prints after answering still belong to it.
     */
    private static final Duration RELEASE_LIMIT = Duration.ofMillis(200);
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final FunctionSpec function;
    private final Process process;
    private final RuntimeApiServer api;
    private final FunctionOutput output;
    private final Clock clock;
    /** {@link System#nanoTime()} when the process started; processes run in real time, whatever the Clock. */
    private final long startedAt;
    private final EnvironmentResources resources;
    private final Consumer<ExecutionEnvironment> onStop;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean busy;
    /** Only the invoking thread (one at a time) touches this. */
    private StringBuilder initLog;
    private volatile boolean broken;
    private volatile Instant lastUsed;

    ExecutionEnvironment(FunctionSpec function, Process process, RuntimeApiServer api, FunctionOutput output,
                         StringBuilder initLog, Clock clock, long startedAt, EnvironmentResources resources,
                         Consumer<ExecutionEnvironment> onStop) {
        this.function = function;
        this.process = process;
        this.api = api;
        this.output = output;
        this.initLog = initLog;
        this.clock = clock;
        this.startedAt = startedAt;
        this.resources = resources;
        this.onStop = onStop;
        this.lastUsed = clock.instant();
        process.onExit().thenRun(() -> api.abandon(this::exitError));
    }

    long pid() {
        return process.pid();
    }

    FunctionSpec function() {
        return function;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    /** What an operator sees of this environment. */
    EnvironmentState state() {
        return new EnvironmentState(function.qualifiedFunctionArn(), busy, resources.isolation(),
                resources.memory().peakMb());
    }

    /**
     * Measures the memory of a busy environment's processes, ending them once they hold more than the function's
     * memory size (the invocation then fails as the runtime's exit).
     */
    void watchMemory() {
        if (busy && !stopped.get() && process.isAlive()) {
            resources.memory().sample(process.toHandle());
        }
    }

    /** Whether another invocation may run here. */
    boolean reusable() {
        return !broken && !stopped.get() && process.isAlive() && !api.initFailed();
    }

    /**
     * Lets the runtime initialise before any invocation, as provisioned concurrency does, waiting at most
     * {@code limit}: its init lines go to the function's log alone, and its first invocation is no cold start
     * (no {@code Init Duration} in its REPORT line). Whether it initialised; if not, the environment is useless.
     */
    boolean initializeAhead(Duration limit) {
        long initializedAt;
        try {
            initializedAt = api.initialized().get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            initializedAt = 0;
        } catch (InterruptedException e) {
            // Stratus is stopping: the environment goes unused, and its output stays for stop() to drain.
            Thread.currentThread().interrupt();
            broken = true;
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for a runtime to initialise failed", e.getCause());
        }
        output.drainAll();
        output.attribute(null, null);
        initLog = null;
        boolean initialized = initializedAt != 0 && !api.initFailed() && process.isAlive();
        if (!initialized) {
            broken = true;
        }
        lastUsed = clock.instant();
        return initialized;
    }

    /** Runs one invocation and waits for its outcome, at most the function's timeout once the runtime took it. */
    InvocationResult invoke(InvocationRequest request) {
        busy = true;
        try {
            return run(request);
        } finally {
            busy = false;
        }
    }

    private InvocationResult run(InvocationRequest request) {
        String requestId = request.requestId();
        boolean coldStart = initLog != null;
        StringBuilder log = coldStart ? initLog : new StringBuilder();
        initLog = null;
        Duration timeout = Duration.ofSeconds(function.timeoutSeconds());
        long initializedAt = coldStart ? awaitInitialization() : 0;
        boolean initTimedOut = coldStart && !api.initialized().isDone();
        output.drain();
        if (initTimedOut) {
            output.emit("INIT_REPORT Init Duration: " + String.format(Locale.ROOT, "%.2f", INIT_LIMIT.toMillis() * 1.0)
                    + " ms\tPhase: init\tStatus: timeout");
        }
        output.attribute(requestId, log);
        output.emit("START RequestId: " + requestId + " Version: " + function.version());

        Invocation invocation = new Invocation(request);
        api.submit(invocation);
        long submitted = System.nanoTime();
        long pickedUp = submitted;
        RuntimeOutcome outcome;
        try {
            pickedUp = invocation.pickedUp().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            long remaining = (initTimedOut ? submitted : pickedUp) + timeout.toNanos() - System.nanoTime();
            outcome = invocation.outcome().get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            outcome = timedOut(requestId, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = interrupted(requestId);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An invocation ended abnormally", e.getCause());
        }
        long finished = System.nanoTime();
        awaitRelease(invocation);
        if (!process.isAlive()) {
            broken = true;
            output.drainAll();
            if (EXIT_ERROR.equals(ErrorPayloads.errorType(outcome.payload()))) {
                output.emit(exitMessage(requestId));
                output.emit(EXIT_ERROR);
            }
        }
        output.drainAll();
        output.emit("END RequestId: " + requestId);
        output.emit(report(requestId, finished - pickedUp, initializedAt));
        output.attribute(null, null);
        lastUsed = clock.instant();
        return new InvocationResult(outcome.payload(), outcome.failed() ? "Unhandled" : null, log.toString(),
                Duration.ofNanos(finished - pickedUp));
    }

    /**
     * Waits until the runtime has initialised (its first {@code next}), so that what it printed meanwhile comes
     * before START, as on AWS; the {@link System#nanoTime()} it did, or 0 when it failed or took longer than
     * {@link #INIT_LIMIT}.
     */
    private long awaitInitialization() {
        try {
            return api.initialized().get(INIT_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for a runtime to initialise failed", e.getCause());
        }
    }

    private static void awaitRelease(Invocation invocation) {
        try {
            invocation.released().get(RELEASE_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // The runtime is still busy (background work of the function): its later lines go to the server log only.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for a runtime to finish an invocation failed", e.getCause());
        }
    }

    /** Lets the process's latest lines reach the server log. */
    void drainOutput() {
        output.drain();
    }

    /** Kills the process tree, closes the Runtime API and tells the factory; safe to call more than once. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        ProcessTree.kill(process.toHandle());
        api.close();
        process.onExit().join();
        output.drainAll();
        output.close();
        resources.files().delete();
        onStop.accept(this);
    }

    private RuntimeOutcome timedOut(String requestId, Duration timeout) {
        broken = true;
        ProcessTree.kill(process.toHandle());
        String message = LOG_TIME.format(clock.instant()) + " " + requestId + " Task timed out after "
                + String.format(Locale.ROOT, "%.2f", timeout.toMillis() / 1000.0) + " seconds";
        process.onExit().join();
        output.drainAll();
        output.emit(message);
        return RuntimeOutcome.error(ErrorPayloads.of(null, message));
    }

    private RuntimeOutcome interrupted(String requestId) {
        broken = true;
        ProcessTree.kill(process.toHandle());
        return RuntimeOutcome.error(ErrorPayloads.of(EXIT_ERROR,
                "RequestId: " + requestId + " Error: Runtime exited with error: signal: killed"));
    }

    private RuntimeOutcome exitError(String requestId) {
        return RuntimeOutcome.error(ErrorPayloads.of(EXIT_ERROR, exitMessage(requestId)));
    }

    private String exitMessage(String requestId) {
        int status = process.exitValue();
        String reason = status == 0 ? "Runtime exited without providing a reason"
                : "Runtime exited with error: " + exitDescription(status);
        return "RequestId: " + requestId + " Error: " + reason;
    }

    private static String exitDescription(int status) {
        return switch (status) {
            case 128 + 6 -> "signal: aborted";
            case 128 + 9 -> "signal: killed";
            case 128 + 11 -> "signal: segmentation fault";
            case 128 + 15 -> "signal: terminated";
            default -> "exit status " + status;
        };
    }

    private String report(String requestId, long durationNanos, long initializedAt) {
        double durationMs = durationNanos / 1_000_000.0;
        StringBuilder report = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", durationMs)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(durationMs)).append(" ms")
                .append("\tMemory Size: ").append(function.memoryMb()).append(" MB")
                .append("\tMax Memory Used: ").append(maxMemoryUsedMb()).append(" MB");
        if (initializedAt != 0) {
            report.append("\tInit Duration: ")
                    .append(String.format(Locale.ROOT, "%.2f", (initializedAt - startedAt) / 1_000_000.0)).append(" ms");
        }
        return report.append('\t').toString();
    }

    /** The peak memory of the environment's processes, measured while they ran and once more now. */
    private long maxMemoryUsedMb() {
        if (process.isAlive()) {
            resources.memory().sampleKnown(process.toHandle());
        }
        return resources.memory().peakMb();
    }
}
