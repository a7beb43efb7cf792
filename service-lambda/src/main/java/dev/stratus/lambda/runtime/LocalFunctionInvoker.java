package dev.stratus.lambda.runtime;

import dev.stratus.lambda.runtime.environment.EnvironmentFactory;
import dev.stratus.lambda.runtime.environment.EnvironmentPool;
import dev.stratus.lambda.runtime.environment.EnvironmentState;
import dev.stratus.lambda.runtime.environment.ProvisionedEnvironments;
import dev.stratus.lambda.runtime.isolation.Isolation;
import dev.stratus.lambda.runtime.isolation.IsolationMode;
import dev.stratus.lambda.runtime.launch.NodeSdkCache;
import dev.stratus.lambda.runtime.launch.RuntimeFiles;
import dev.stratus.lambda.runtime.launch.RuntimeLauncher;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.CodeOutput;
import dev.stratus.spi.StratusEndpoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs functions in local execution environments, a pool per function version; reaps idle environments,
 * watches the memory of busy ones and forwards function output to the server log in the background; kills every
 * function process on stop. At start it installs the Node.js SDKs missing from their cache in the background.
 */
@Singleton
public final class LocalFunctionInvoker implements FunctionInvoker, ServiceLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFunctionInvoker.class);
    private static final long OUTPUT_DRAIN_MILLIS = 100;
    private static final long REAP_MILLIS = 1_000;
    /** How often a busy environment's memory is measured: a runaway allocation grows little in between. */
    private static final long MEMORY_WATCH_MILLIS = 20;

    private final RuntimeSettings settings;
    private final Clock clock;
    private final Isolation isolation;
    private final EnvironmentFactory factory;
    private final NodeSdkCache nodeSdks;
    private final ScheduledExecutorService housekeeping;
    /** Starts the environments of provisioned concurrency, each on its own thread while its runtime initialises. */
    private final ExecutorService provisioning = Executors.newCachedThreadPool(daemonThreads("lambda-provisioning-"));
    // The fields below are guarded by this.
    private final Map<String, EnvironmentPool> pools = new HashMap<>();
    /** By the ARN of the alias or version they were started ahead for. */
    private final Map<String, ProvisionedEnvironments> provisioned = new HashMap<>();
    private boolean stopped;

    @Inject
    public LocalFunctionInvoker(RuntimeSettings settings, StratusEndpoint endpoint, Clock clock,
                                CodeOutput codeOutput) {
        this.settings = settings;
        this.clock = clock;
        Path files = settings.workDir().resolve("lambda-runtime");
        this.nodeSdks = new NodeSdkCache(settings.nodeSdkCache(), settings.nodeExecutable());
        RuntimeLauncher launcher = new RuntimeLauncher(settings, new RuntimeFiles(files.resolve("runtimes")), nodeSdks);
        this.isolation = Isolation.start(settings.isolation(), files.resolve("environments"));
        this.factory = new EnvironmentFactory(launcher, isolation, clock, endpoint.uri(), files.resolve("output"),
                codeOutput);
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(daemonThreads("lambda-environments-"));
        housekeeping.scheduleWithFixedDelay(keepGoing("forwarding function output", this::drainOutput),
                OUTPUT_DRAIN_MILLIS, OUTPUT_DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(keepGoing("stopping idle environments", this::reapIdle),
                REAP_MILLIS, REAP_MILLIS, TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(keepGoing("measuring the memory of functions", this::watchMemory),
                MEMORY_WATCH_MILLIS, MEMORY_WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * {@inheritDoc}
     *
     * @throws RuntimeUnavailableException the function's runtime cannot run here (unknown, or its executable
     *                                     is missing)
     */
    @Override
    public InvocationResult invoke(InvocationRequest request) {
        ProvisionedEnvironments warm = provisionedFor(request);
        if (warm != null) {
            var result = warm.invoke(request);
            if (result.isPresent()) {
                return result.get();
            }
        }
        while (true) {
            var result = poolFor(request.function()).invoke(request);
            if (result.isPresent()) {
                return result.get();
            }
        }
    }

    /** Also stops the environments started ahead for the version or an alias of it. */
    @Override
    public void discard(String qualifiedFunctionArn) {
        EnvironmentPool pool;
        List<ProvisionedEnvironments> released = new ArrayList<>();
        synchronized (this) {
            pool = pools.remove(qualifiedFunctionArn);
            provisioned.values().removeIf(environments -> {
                boolean ofVersion = environments.function().qualifiedFunctionArn().equals(qualifiedFunctionArn);
                if (ofVersion) {
                    released.add(environments);
                }
                return ofVersion;
            });
        }
        if (pool != null) {
            pool.close(false);
        }
        released.forEach(ProvisionedEnvironments::close);
    }

    @Override
    public Provisioning provision(String targetArn, FunctionSpec function, int count) {
        ProvisionedEnvironments replaced;
        ProvisionedEnvironments current;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("Lambda is stopping; no more functions run");
            }
            replaced = provisioned.get(targetArn);
            if (replaced != null && replaced.function().equals(function) && replaced.requested() == count) {
                return replaced.state();
            }
            current = new ProvisionedEnvironments(function, count, factory, provisioning);
            provisioned.put(targetArn, current);
        }
        if (replaced != null) {
            replaced.close();
        }
        current.start();
        return current.state();
    }

    @Override
    public void unprovision(String targetArn) {
        ProvisionedEnvironments released;
        synchronized (this) {
            released = provisioned.remove(targetArn);
        }
        if (released != null) {
            released.close();
        }
    }

    @Override
    public Set<FunctionSpec> running() {
        return factory.running();
    }

    @Override
    public void onEnvironmentStopped(Runnable listener) {
        factory.onEnvironmentStopped(listener);
    }

    /** The pids of the processes of a function version's environments (for operators and tests). */
    public synchronized List<Long> processIds(String qualifiedFunctionArn) {
        List<Long> pids = new ArrayList<>();
        EnvironmentPool pool = pools.get(qualifiedFunctionArn);
        if (pool != null) {
            pids.addAll(pool.environments().pids());
        }
        provisioned.values().stream()
                .filter(environments -> environments.function().qualifiedFunctionArn().equals(qualifiedFunctionArn))
                .forEach(ahead -> pids.addAll(ahead.environments().pids()));
        return pids;
    }

    /** How environments are isolated here. */
    public IsolationMode isolation() {
        return isolation.mode();
    }

    /** Every execution environment, busy or warm. */
    public List<EnvironmentState> environments() {
        List<EnvironmentState> states = new ArrayList<>();
        pools().forEach(pool -> states.addAll(pool.environments().states()));
        provisioned().forEach(ahead -> states.addAll(ahead.environments().states()));
        return states;
    }

    /** Stops the environments idle for longer than {@code lambda.idle-timeout} by the Clock. */
    public void reapIdle() {
        pools().forEach(pool -> pool.reapIdle(clock.instant(), settings.idleTimeout()));
    }

    /** Installs the AWS SDKs for JavaScript of the Node.js runtimes, so that no invoke waits on npm. */
    @Override
    public boolean prepare() {
        return nodeSdks.prepare();
    }

    /** Starts installing the Node.js SDKs missing from the cache in the background, unless the settings say no. */
    @Override
    public void start() {
        if (settings.nodeSdkPrepareAtStart()) {
            nodeSdks.prepareInBackground();
        }
    }

    @Override
    public void stop() {
        nodeSdks.close();
        List<EnvironmentPool> stopping;
        List<ProvisionedEnvironments> released;
        synchronized (this) {
            stopped = true;
            stopping = new ArrayList<>(pools.values());
            pools.clear();
            released = new ArrayList<>(provisioned.values());
            provisioned.clear();
        }
        housekeeping.shutdownNow();
        provisioning.shutdownNow();
        stopping.forEach(pool -> pool.close(true));
        released.forEach(ProvisionedEnvironments::kill);
    }

    private EnvironmentPool poolFor(FunctionSpec function) {
        EnvironmentPool stale;
        EnvironmentPool current;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("Lambda is stopping; no more functions run");
            }
            String arn = function.qualifiedFunctionArn();
            stale = pools.get(arn);
            if (stale != null && stale.function().equals(function)) {
                return stale;
            }
            current = new EnvironmentPool(function, factory, settings.maxEnvironmentsPerFunction());
            pools.put(arn, current);
        }
        if (stale != null) {
            // The version's code or configuration changed without a discard: its old environments are stale.
            stale.close(false);
        }
        return current;
    }

    /** The environments started ahead for the alias or version invoked, if they run the version to run. */
    private synchronized ProvisionedEnvironments provisionedFor(InvocationRequest request) {
        ProvisionedEnvironments environments = provisioned.get(request.invokedArn());
        return environments != null && environments.function().equals(request.function()) ? environments : null;
    }

    private synchronized List<EnvironmentPool> pools() {
        return new ArrayList<>(pools.values());
    }

    private synchronized List<ProvisionedEnvironments> provisioned() {
        return new ArrayList<>(provisioned.values());
    }

    private void drainOutput() {
        pools().forEach(pool -> pool.environments().drainOutput());
        provisioned().forEach(ahead -> ahead.environments().drainOutput());
    }

    private void watchMemory() {
        pools().forEach(pool -> pool.environments().watchMemory());
        provisioned().forEach(ahead -> ahead.environments().watchMemory());
    }

    /** A periodic task that survives its failures (a scheduled task that throws is never run again). */
    private static Runnable keepGoing(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Lambda failed {}; it tries again shortly", what, e);
            }
        };
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
