package dev.stratus.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.Message;
import dev.stratus.gateway.config.PlatformSettings;
import dev.stratus.gateway.config.ResolvedSettings;
import dev.stratus.gateway.config.SettingSources;
import dev.stratus.gateway.config.WorkDirectory;
import dev.stratus.gateway.auth.AccessCredentials;
import dev.stratus.gateway.auth.AccessCredentials.AccessCredential;
import dev.stratus.gateway.auth.SigV4Verifier;
import dev.stratus.gateway.console.ConsoleHandler;
import dev.stratus.gateway.console.ConsoleNotices;
import dev.stratus.gateway.console.ConsoleSession;
import dev.stratus.gateway.console.RecentInvocations;
import dev.stratus.gateway.http.HealthReport;
import dev.stratus.gateway.http.HttpServers;
import dev.stratus.gateway.http.RequestPipeline;
import dev.stratus.gateway.http.RunningService;
import dev.stratus.gateway.init.InitScripts;
import dev.stratus.gateway.plugin.LoadedService;
import dev.stratus.gateway.plugin.PluginLoader;
import dev.stratus.gateway.plugin.ServiceSelection;
import dev.stratus.gateway.time.ClockScheduler;
import dev.stratus.spi.CodeOutput;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.HealthCheck;
import dev.stratus.spi.PlatformPath;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.storage.Storage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Stratus: the Jetty server, the services it loaded and their injector. Started by {@link Main}
 * and, in-process, by the testkit.
 */
public final class Stratus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Stratus.class);

    private final Server server;
    private final StratusEndpoint endpoint;
    private final List<ServiceLifecycle> started;
    private final List<RunningService> services;
    private final Injector injector;
    private final Storage storage;
    private final WorkDirectory workDirectory;
    private final Optional<AccessCredential> signingCredential;
    private final ClockScheduler scheduler;
    private final ConsoleNotices notices;
    /** The init scripts, once started; guarded by {@code this}. */
    private InitScripts initScripts;

    private Stratus(Server server, StratusEndpoint endpoint, List<ServiceLifecycle> started,
                    List<RunningService> services, Injector injector, Storage storage, WorkDirectory workDirectory,
                    Optional<AccessCredential> signingCredential, ClockScheduler scheduler, ConsoleNotices notices) {
        this.server = server;
        this.endpoint = endpoint;
        this.started = started;
        this.services = services;
        this.injector = injector;
        this.storage = storage;
        this.workDirectory = workDirectory;
        this.signingCredential = signingCredential;
        this.scheduler = scheduler;
        this.notices = notices;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where clients on this machine reach this Stratus. */
    public URI endpoint() {
        return endpoint.uri();
    }

    public int port() {
        return endpoint.port();
    }

    /** The names of the started services, in start order. */
    public List<String> serviceNames() {
        return services.stream().map(s -> s.descriptor().name()).toList();
    }

    /** With {@code auth=sigv4}: the credential clients must sign with (the first configured); empty when any will do. */
    public Optional<AccessCredential> signingCredential() {
        return signingCredential;
    }

    /** An object from the services' injector, for tests that look inside. */
    public <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    /**
     * Runs every timed task the clock has reached (time-to-live sweeps, stream retention and rollover, delayed
     * invocations), after any run in progress; a test calls it after it moves the clock.
     */
    public void runDueTasks() {
        scheduler.runDue();
    }

    private synchronized void runInitScripts(Path directory) {
        initScripts = InitScripts.start(directory, endpoint.uri());
    }

    /**
     * Runs every service's {@link ServiceLifecycle#prepare()}: the one-off work the first requests would
     * otherwise wait for. Returns whether everything was prepared.
     */
    public boolean prepare() {
        boolean all = true;
        for (ServiceLifecycle lifecycle : started) {
            all &= lifecycle.prepare();
        }
        return all;
    }

    /** Stops accepting requests, then stops every service in reverse start order. */
    @Override
    public void close() {
        synchronized (this) {
            if (initScripts != null) {
                initScripts.close();
            }
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The HTTP server did not stop cleanly: {}", e.getMessage());
        }
        notices.close();
        List<ServiceLifecycle> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (ServiceLifecycle lifecycle : reversed) {
            try {
                lifecycle.stop();
            } catch (RuntimeException e) {
                LOG.warn("A service did not stop cleanly", e);
            }
        }
        scheduler.close();
        StorageEngines.close(storage);
        try {
            workDirectory.release();
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the temporary work directory: {}", e.getMessage());
        }
        LOG.info("Stratus stopped.");
    }

    /** How to start a Stratus. */
    public static final class Builder {
        private final Map<String, String> flags = new HashMap<>();
        private Map<String, String> environment = Map.of();
        private Path propertiesFile;
        private Clock clock = Clock.systemUTC();
        private CodeOutput codeOutput = CodeOutput.NONE;
        private ClassLoader classLoader = Stratus.class.getClassLoader();

        private Builder() {
        }

        /** A setting given as a flag: the strongest source. */
        public Builder setting(String key, String value) {
            flags.put(key, value);
            return this;
        }

        public Builder settings(Map<String, String> values) {
            flags.putAll(values);
            return this;
        }

        /** The environment to read {@code STRATUS_*} variables from (none unless given). */
        public Builder environment(Map<String, String> values) {
            this.environment = Map.copyOf(values);
            return this;
        }

        public Builder propertiesFile(Path file) {
            this.propertiesFile = file;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Where the output of users' code (function logs) goes besides the log. */
        public Builder codeOutput(CodeOutput value) {
            this.codeOutput = value;
            return this;
        }

        public Stratus start() {
            long begin = System.nanoTime();
            SettingSources sources = new SettingSources(flags, environment, SettingSources.readProperties(propertiesFile));
            List<LoadedService> found = new PluginLoader(classLoader).load(
                    sources.lookup(setting(PlatformSettings.PLUGINS_DIR)).map(Path::of).orElse(null));
            List<LoadedService> selected = ServiceSelection.select(found,
                    sources.lookup(setting(PlatformSettings.SERVICES)).orElse(""));
            List<Setting> declared = new ArrayList<>(PlatformSettings.ALL);
            found.forEach(service -> declared.addAll(service.descriptor().settings()));
            ResolvedSettings settings = ResolvedSettings.resolve(sources, declared);

            Server server = HttpServers.server("stratus-http");
            ServerConnector connector = connector(server, settings);
            StratusEndpoint endpoint = new StratusEndpoint(clientHost(connector.getHost()), connector.getLocalPort());

            Storage storage = StorageEngines.open(settings);
            Stratus stratus;
            try {
                stratus = assemble(server, endpoint, settings, storage, selected);
            } catch (RuntimeException e) {
                closeQuietly(connector);
                StorageEngines.close(storage);
                settings.workDirectory().release();
                throw e;
            }
            try {
                server.start();
            } catch (Exception e) {
                stratus.close();
                throw new StartupException("The HTTP server did not start: " + e.getMessage(), e);
            }
            LOG.info("Stratus {} listening on {} with {} (started in {} ms).", Version.current(), endpoint.uri(),
                    selected.isEmpty() ? "no services" : String.join(", ", stratus.serviceNames()),
                    (System.nanoTime() - begin) / 1_000_000);
            settings.get(PlatformSettings.INIT_DIR).map(Path::of).ifPresent(stratus::runInitScripts);
            return stratus;
        }

        /**
         * The mapper every service reads requests with. Member names may be as long as the request body allows:
         * DynamoDB attribute names reach 64 KB, past Jackson's default limit, and a service refuses longer ones in
         * its own words.
         */
        private static ObjectMapper requestMapper() {
            return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNameLength(Integer.MAX_VALUE).build()).build());
        }

        private Stratus assemble(Server server, StratusEndpoint endpoint, ResolvedSettings settings, Storage storage,
                                 List<LoadedService> selected) {
            ObjectMapper mapper = requestMapper();
            AccessCredentials known = knownCredentials(settings);
            Optional<AccessCredentials> credentials = verifiesEveryRequest(settings) ? Optional.of(known) : Optional.empty();
            ClockScheduler scheduler = new ClockScheduler(clock);
            RecentInvocations invocations = new RecentInvocations(clock);
            ConsoleNotices notices = new ConsoleNotices(mapper);
            Injector injector;
            List<RunningService> running;
            List<ServiceLifecycle> started;
            try {
                injector = injector(settings, endpoint, scheduler, storage, mapper, selected, line -> {
                    invocations.line(line);
                    notices.publish(new ConsoleEvents.Notice("lambda", line.accountId(), line.region(), "invocation",
                            line.source()));
                    codeOutput.line(line);
                }, notices);
                running = runningServices(injector, selected);
                started = startLifecycles(injector);
            } catch (RuntimeException e) {
                scheduler.close();
                notices.close();
                throw e;
            }
            HealthReport health = new HealthReport(Version.current(), clock.instant(), clock, running,
                    injector.getInstance(Key.get(new TypeLiteral<Set<HealthCheck>>() { })), storage.engineName(),
                    settings.dataDir().map(Path::toString).orElse(null), mapper);
            server.setHandler(RequestPipeline.build(new RequestPipeline.Options(running, clock,
                    settings.getString(PlatformSettings.DEFAULT_REGION), settings.getInt(PlatformSettings.MAX_REQUEST_BYTES),
                    settings.getString(PlatformSettings.CORS_ALLOWED_ORIGINS),
                    credentials.map(verified -> new SigV4Verifier(verified, clock)), new SigV4Verifier(known, clock),
                    new ConsoleHandler.Sources(streamsOf(running),
                            selected.stream().flatMap(service -> service.consolePages().stream()).toList(),
                            List.copyOf(injector.getInstance(Key.get(new TypeLiteral<Set<ConsoleView>>() { }))),
                            invocations, new ConsoleSession(new SecureRandom()), notices),
                    injector.getInstance(Key.get(new TypeLiteral<Set<PlatformPath>>() { }))),
                    health, mapper));
            return new Stratus(server, endpoint, started, running, injector, storage, settings.workDirectory(),
                    credentials.map(AccessCredentials::first), scheduler, notices);
        }

        private static Optional<ServiceHandler> streamsOf(List<RunningService> running) {
            return running.stream().filter(service -> service.descriptor().name().equals("dynamodbstreams"))
                    .map(RunningService::handler).findFirst();
        }

        /** Whether {@code auth} is {@code sigv4}: every request must be signed, not only those to {@code AWS_IAM} function URLs. */
        private static boolean verifiesEveryRequest(ResolvedSettings settings) {
            String mode = settings.getString(PlatformSettings.AUTH).trim().toLowerCase(Locale.ROOT);
            if (!mode.equals("none") && !mode.equals("sigv4")) {
                throw new StartupException("Setting 'auth' has a malformed value '" + mode + "': expected none or sigv4.");
            }
            return mode.equals("sigv4");
        }

        /** The credentials signatures are checked against. */
        private static AccessCredentials knownCredentials(ResolvedSettings settings) {
            try {
                return AccessCredentials.parse(settings.getString(PlatformSettings.AUTH_CREDENTIALS));
            } catch (IllegalArgumentException e) {
                throw new StartupException("Setting 'auth.credentials' has a malformed value: " + e.getMessage() + ".");
            }
        }

        private static void closeQuietly(ServerConnector connector) {
            try {
                connector.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the listener after a failed start failed too", e);
            }
        }

        private static Setting setting(String key) {
            return PlatformSettings.ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        }

        private static ServerConnector connector(Server server, ResolvedSettings settings) {
            String host = settings.getString(PlatformSettings.HOST);
            int port = settings.getInt(PlatformSettings.PORT);
            ServerConnector connector = HttpServers.connector(server, host, port);
            try {
                connector.open();
            } catch (IOException e) {
                throw new StartupException("Cannot listen on " + host + ":" + port
                        + " (is another process using the port?): " + rootMessage(e));
            }
            return connector;
        }

        private static String clientHost(String host) {
            return host.equals("0.0.0.0") || host.equals("::") || host.isEmpty() ? "127.0.0.1" : host;
        }

        private Injector injector(ResolvedSettings settings, StratusEndpoint endpoint, ClockScheduler scheduler,
                                  Storage storage, ObjectMapper mapper, List<LoadedService> selected, CodeOutput output,
                                  ConsoleEvents notices) {
            List<Module> modules = new ArrayList<>();
            modules.add(new PlatformModule(settings, endpoint, clock, scheduler, output, notices, storage, mapper));
            selected.forEach(service -> modules.add(service.plugin().module()));
            try {
                return Guice.createInjector(Stage.DEVELOPMENT, modules);
            } catch (CreationException e) {
                Message first = e.getErrorMessages().iterator().next();
                throw new StartupException("The services could not be wired: " + first.getMessage(), e);
            }
        }

        private static List<RunningService> runningServices(Injector injector, List<LoadedService> selected) {
            Map<String, ServiceHandler> handlers =
                    injector.getInstance(Key.get(new TypeLiteral<Map<String, ServiceHandler>>() { }));
            List<RunningService> running = new ArrayList<>();
            for (LoadedService service : selected) {
                ServiceHandler handler = handlers.get(service.descriptor().name());
                if (handler == null) {
                    throw new StartupException("The plugin for '" + service.descriptor().name() + "' (" + service.origin()
                            + ") binds no handler for it.");
                }
                running.add(new RunningService(service.descriptor(), handler, service.origin()));
            }
            return running;
        }

        private static List<ServiceLifecycle> startLifecycles(Injector injector) {
            List<ServiceLifecycle> started = new ArrayList<>();
            for (ServiceLifecycle lifecycle : injector.getInstance(Key.get(new TypeLiteral<Set<ServiceLifecycle>>() { }))) {
                try {
                    lifecycle.start();
                    started.add(lifecycle);
                } catch (RuntimeException e) {
                    Collections.reverse(started);
                    started.forEach(ServiceLifecycle::stop);
                    throw new StartupException("A service failed to start: " + rootMessage(e), e);
                }
            }
            return started;
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
    }
}
