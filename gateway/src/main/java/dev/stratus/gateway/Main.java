package dev.stratus.gateway;

import ch.qos.logback.classic.Level;
import dev.stratus.gateway.config.PlatformSettings;
import dev.stratus.gateway.config.SettingSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/stratus}: starts Stratus in the foreground until SIGTERM or Ctrl-C. */
@Command(name = "stratus", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs AWS DynamoDB, DynamoDB Streams and Lambda locally on one endpoint.",
                "Every option can also be given as an environment variable (STRATUS_PORT, ...) or in "
                        + "conf/stratus.properties; flags win over variables, variables over the file."})
public final class Main implements Callable<Integer> {

    private static final Set<String> LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE", "OFF");

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 4566).")
    private String port;

    @Option(names = "--services", paramLabel = "LIST", description = "Services to start, e.g. dynamodb,lambda (default all).")
    private String services;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Directory of third-party plugin jars.")
    private String pluginsDir;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep state in DIR across restarts (default: in memory).")
    private String dataDir;

    @Option(names = "--init-dir", paramLabel = "DIR",
            description = "Run the executable scripts in DIR, in name order, once started (default conf/init/ready.d).")
    private String initDir;

    @Option(names = "--prepare-runtimes",
            description = "Install what the Lambda runtimes need (the Node.js AWS SDKs), then exit.")
    private boolean prepareRuntimes;

    @Option(names = "--auth", paramLabel = "MODE", description = "none (default) or sigv4: verify every request's signature.")
    private String auth;

    @Option(names = "--log-level", paramLabel = "LEVEL", description = "ERROR, WARN, INFO (default), DEBUG or TRACE.")
    private String logLevel;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default $STRATUS_HOME/conf/stratus.properties).")
    private Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other setting, e.g. --set lambda.idle-timeout=5m.")
    private Map<String, String> extra = new HashMap<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            e.getCommandLine().getErr().println("stratus: " + e.getMessage() + " (see --help)");
            return 2;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() {
        Map<String, String> environment = System.getenv();
        Map<String, String> flags = new HashMap<>(extra);
        putIfGiven(flags, PlatformSettings.HOST, host);
        putIfGiven(flags, PlatformSettings.PORT, port);
        putIfGiven(flags, PlatformSettings.SERVICES, services);
        putIfGiven(flags, PlatformSettings.PLUGINS_DIR, pluginsDir);
        putIfGiven(flags, PlatformSettings.LOG_LEVEL, logLevel);
        putIfGiven(flags, PlatformSettings.DATA_DIR, dataDir);
        putIfGiven(flags, PlatformSettings.INIT_DIR, initDir);
        putIfGiven(flags, PlatformSettings.AUTH, auth);
        try {
            Path settingsFile = config != null ? config : defaultSettingsFile(environment);
            String level = firstGiven(logLevel, environment.get(SettingSources.environmentName(PlatformSettings.LOG_LEVEL)),
                    SettingSources.readProperties(settingsFile).get(PlatformSettings.LOG_LEVEL));
            applyLogLevel(level);
            if (prepareRuntimes) {
                return prepare(flags, environment, settingsFile);
            }
            Stratus stratus = Stratus.builder().settings(flags).environment(environment).propertiesFile(settingsFile).start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stratus.close();
                stopped.countDown();
            }, "stratus-shutdown"));
            stopped.await();
            return 0;
        } catch (StartupException e) {
            spec.commandLine().getErr().println("stratus: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Starts Stratus on a free port without init scripts, prepares every service, stops. */
    private int prepare(Map<String, String> flags, Map<String, String> environment, Path settingsFile) {
        Map<String, String> environmentWithoutInit = new HashMap<>(environment);
        environmentWithoutInit.remove(SettingSources.environmentName(PlatformSettings.INIT_DIR));
        flags.remove(PlatformSettings.INIT_DIR);
        flags.put(PlatformSettings.PORT, "0");
        try (Stratus stratus = Stratus.builder().settings(flags).environment(environmentWithoutInit)
                .propertiesFile(settingsFile).start()) {
            if (stratus.prepare()) {
                spec.commandLine().getOut().println("stratus: the runtimes are prepared.");
                return 0;
            }
            spec.commandLine().getErr().println("stratus: some runtimes could not be prepared (see the log above).");
            return 1;
        }
    }

    private static Path defaultSettingsFile(Map<String, String> environment) {
        String home = environment.get("STRATUS_HOME");
        return home == null ? null : Path.of(home, "conf", "stratus.properties");
    }

    private static String firstGiven(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void applyLogLevel(String level) {
        if (level == null) {
            return;
        }
        String upper = level.trim().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(upper)) {
            throw new StartupException("Setting 'log-level' has a malformed value '" + level
                    + "': expected one of ERROR, WARN, INFO, DEBUG, TRACE.");
        }
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(upper));
    }

    private static void putIfGiven(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }

    /** The version shown by {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Stratus " + Version.current()};
        }
    }
}
