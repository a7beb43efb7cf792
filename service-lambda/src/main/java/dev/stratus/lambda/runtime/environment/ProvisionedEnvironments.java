package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.lambda.runtime.InvocationRequest;
import dev.stratus.lambda.runtime.InvocationResult;
import dev.stratus.lambda.runtime.Provisioning;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The execution environments started ahead for an alias or version with provisioned concurrency: each runs its
 * init before any invocation, stays warm (it is never reaped), and serves the invocations of that alias or version
 * before any on-demand environment does. One that breaks (a timeout, a crash) is replaced.
 */
public final class ProvisionedEnvironments {

    /** What AWS reports when a provisioned environment's init fails. */
    static final String INIT_FAILURE = "FUNCTION_ERROR_INIT_FAILURE";
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionedEnvironments.class);
    /** Provisioned inits are not held to on-demand's 10 seconds: 130 seconds, or the function's timeout if longer. */
    private static final Duration MIN_INIT_LIMIT = Duration.ofSeconds(130);

    private final FunctionSpec function;
    private final int requested;
    private final EnvironmentFactory factory;
    private final Executor starter;
    /** Every initialised environment, busy or idle. */
    private final LiveEnvironments environments = new LiveEnvironments();
    // The fields below are guarded by this.
    private final IdleEnvironments idle = new IdleEnvironments();
    private String failure;

    public ProvisionedEnvironments(FunctionSpec function, int requested, EnvironmentFactory factory, Executor starter) {
        this.function = function;
        this.requested = requested;
        this.factory = factory;
        this.starter = starter;
    }

    public FunctionSpec function() {
        return function;
    }

    public int requested() {
        return requested;
    }

    /** Starts the requested environments in the background. */
    public void start() {
        for (int i = 0; i < requested; i++) {
            starter.execute(this::startOne);
        }
    }

    public synchronized Provisioning state() {
        if (failure != null) {
            return new Provisioning(Provisioning.Status.FAILED, environments.size(), failure);
        }
        Provisioning.Status status = environments.size() >= requested
                ? Provisioning.Status.READY : Provisioning.Status.IN_PROGRESS;
        return new Provisioning(status, environments.size(), null);
    }

    /** Runs the invocation in a warm provisioned environment; empty when all are busy (or none is ready yet). */
    public Optional<InvocationResult> invoke(InvocationRequest request) {
        ExecutionEnvironment environment;
        synchronized (this) {
            environment = idle.take();
        }
        if (environment == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(environment.invoke(request));
        } finally {
            release(environment);
        }
    }

    /** Stops the idle environments; busy ones stop once their invocation ends. */
    public void close() {
        List<ExecutionEnvironment> stopping;
        synchronized (this) {
            stopping = idle.close();
        }
        stopping.forEach(environments::stop);
    }

    /** Stops every environment, busy ones too. */
    public void kill() {
        close();
        environments.all().forEach(environments::stop);
    }

    /** Every initialised environment, busy or idle. */
    public LiveEnvironments environments() {
        return environments;
    }

    private void startOne() {
        ExecutionEnvironment environment;
        try {
            environment = factory.start(function, Initialization.PROVISIONED);
        } catch (RuntimeException e) {
            LOG.warn("A provisioned environment of {} could not start: {}", function.qualifiedFunctionArn(),
                    e.getMessage());
            failed();
            return;
        }
        Duration limit = Duration.ofSeconds(function.timeoutSeconds());
        boolean initialized = environment.initializeAhead(limit.compareTo(MIN_INIT_LIMIT) > 0 ? limit : MIN_INIT_LIMIT);
        if (Thread.interrupted()) {
            // Stratus is stopping: this environment is not wanted, and its init did not fail.
            environment.stop();
            return;
        }
        synchronized (this) {
            if (initialized && idle.add(environment)) {
                environments.add(environment);
                return;
            }
        }
        environment.stop();
        if (!initialized) {
            failed();
        }
    }

    private synchronized void failed() {
        failure = INIT_FAILURE;
    }

    private void release(ExecutionEnvironment environment) {
        boolean kept;
        synchronized (this) {
            kept = idle.takeBack(environment);
        }
        if (!kept) {
            environments.stop(environment);
            replace();
        }
    }

    private void replace() {
        boolean open;
        synchronized (this) {
            open = !idle.closed();
        }
        if (open) {
            starter.execute(this::startOne);
        }
    }
}
