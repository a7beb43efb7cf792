package dev.stratus.gateway;

import ch.qos.logback.classic.Level;
import dev.stratus.gateway.config.PlatformSettings;
import dev.stratus.gateway.config.SettingSources;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/** {@code bin/stratus}: starts Stratus in the foreground until SIGTERM or Ctrl-C. */
public final class Main {

    private static final Set<String> LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE", "OFF");

    /**
     * Jetty's padding width; unset, Jetty starts the platform MBean server to ask the JVM whether references are
     * compressed (~0.1 s of each start). They are below a 32 GB heap, as the launcher's default heap is.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final long COMPRESSED_REFERENCES_HEAP = 32L << 30;

    /**
     * Guice's options for a server that wires its services once: reflection instead of a class generated per
     * injectable constructor (classes made at start, which class-data sharing cannot archive), and no stack trace
     * taken per binding to name its source in error messages (the module's class names it well enough).
     */
    private static final Map<String, String> GUICE_OPTIONS = Map.of(
            "guice_bytecode_gen_option", "DISABLED",
            "guice_include_stack_traces", "OFF");

    public static void main(String[] args) {
        startListingLocales();
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < COMPRESSED_REFERENCES_HEAP;
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, compressed ? "16" : "8");
        }
        GUICE_OPTIONS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("stratus: " + e.getMessage() + " (see --help)");
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.print(Arguments.usage());
        } else if (arguments.version()) {
            System.out.println("Stratus " + Version.current());
        } else {
            System.exit(run(arguments));
        }
    }

    /**
     * Jetty's {@code MimeTypes} lists the JDK's locales when the server is built, which loads every locale provider's
     * data (~0.1 s of CPU, a fifth of the start's main thread); a thread of its own does it meanwhile, and the JDK
     * keeps the list. The thread ends when the list is made.
     */
    private static void startListingLocales() {
        Thread listing = new Thread(Locale::getAvailableLocales, "stratus-locales");
        listing.setDaemon(true);
        listing.start();
    }

    private static int run(Arguments arguments) {
        Map<String, String> environment = System.getenv();
        Map<String, String> flags = new HashMap<>(arguments.flags());
        try {
            Path settingsFile = arguments.config() != null ? arguments.config() : defaultSettingsFile(environment);
            String level = firstGiven(arguments.logLevel(),
                    environment.get(SettingSources.environmentName(PlatformSettings.LOG_LEVEL)),
                    SettingSources.readProperties(settingsFile).get(PlatformSettings.LOG_LEVEL));
            applyLogLevel(level);
            if (arguments.prepareRuntimes()) {
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
            System.err.println("stratus: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Starts Stratus on a free port without init scripts, prepares every service, stops. */
    private static int prepare(Map<String, String> flags, Map<String, String> environment, Path settingsFile) {
        Map<String, String> environmentWithoutInit = new HashMap<>(environment);
        environmentWithoutInit.remove(SettingSources.environmentName(PlatformSettings.INIT_DIR));
        flags.remove(PlatformSettings.INIT_DIR);
        flags.put(PlatformSettings.PORT, "0");
        try (Stratus stratus = Stratus.builder().settings(flags).environment(environmentWithoutInit)
                .propertiesFile(settingsFile).start()) {
            if (stratus.prepare()) {
                System.out.println("stratus: the runtimes are prepared.");
                return 0;
            }
            System.err.println("stratus: some runtimes could not be prepared (see the log above).");
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
}
