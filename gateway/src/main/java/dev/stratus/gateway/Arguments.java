package dev.stratus.gateway;

import dev.stratus.gateway.config.PlatformSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The flags of {@code bin/stratus}, parsed by hand: an option library costs a quarter of a second of each start.
 * Values follow their flag ({@code --port 4566}) or an equals sign ({@code --port=4566}).
 *
 * @param flags    the settings given as flags, {@code --set} ones included (a named flag wins over {@code --set})
 * @param logLevel the value of {@code --log-level}, or null
 * @param config   the settings file named by {@code --config}, or null
 */
record Arguments(Map<String, String> flags, String logLevel, Path config, boolean prepareRuntimes, boolean help, boolean version) {

    /** A flag taking a value: its name, the label of its value and its description. */
    private record Flag(String name, String label, String description) {
    }

    private static final String SET = "--set";
    private static final String CONFIG = "--config";
    private static final String PREPARE_RUNTIMES = "--prepare-runtimes";

    private static final List<Flag> VALUED = List.of(
            new Flag("--" + PlatformSettings.HOST, "ADDRESS", "Address to listen on (default 127.0.0.1)."),
            new Flag("--" + PlatformSettings.PORT, "PORT", "Port to listen on (default 4566)."),
            new Flag("--" + PlatformSettings.SERVICES, "LIST", "Services to start, e.g. dynamodb,lambda (default all)."),
            new Flag("--" + PlatformSettings.PLUGINS_DIR, "DIR", "Directory of third-party plugin jars."),
            new Flag("--" + PlatformSettings.DATA_DIR, "DIR", "Keep state in DIR across restarts (default: in memory)."),
            new Flag("--" + PlatformSettings.INIT_DIR, "DIR",
                    "Run the executable scripts in DIR, in name order, once started (default conf/init/ready.d)."),
            new Flag("--" + PlatformSettings.AUTH, "MODE", "none (default) or sigv4: verify every request's signature."),
            new Flag("--" + PlatformSettings.LOG_LEVEL, "LEVEL", "ERROR, WARN, INFO (default), DEBUG or TRACE."),
            new Flag(CONFIG, "FILE", "Settings file (default $STRATUS_HOME/conf/stratus.properties)."),
            new Flag(SET, "KEY=VALUE", "Any other setting, e.g. --set lambda.idle-timeout=5m."));

    static Arguments parse(String... args) {
        Map<String, String> named = new HashMap<>();
        Map<String, String> set = new HashMap<>();
        Path config = null;
        boolean prepareRuntimes = false;
        boolean help = false;
        boolean version = false;
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            Flag flag = VALUED.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            if (flag == null) {
                switch (arg) {
                    case "-h", "--help" -> help = true;
                    case "-V", "--version" -> version = true;
                    case PREPARE_RUNTIMES -> prepareRuntimes = true;
                    default -> unknown.add(arg);
                }
                continue;
            }
            String value;
            if (name.length() < arg.length()) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !isFlag(args[i + 1])) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Missing required parameter for option '" + flag.name() + "' ("
                        + flag.label() + ")");
            }
            if (flag.name().equals(CONFIG)) {
                config = Path.of(value);
            } else if (flag.name().equals(SET)) {
                int split = value.indexOf('=');
                if (split < 1) {
                    throw new IllegalArgumentException("Value for option '" + SET + "' (" + flag.label()
                            + ") should be in KEY=VALUE format but was " + value);
                }
                set.put(value.substring(0, split), value.substring(split + 1));
            } else {
                named.put(flag.name().substring(2), value);
            }
        }
        if (!unknown.isEmpty() && !help && !version) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "Unknown option: " : "Unknown options: ")
                    + unknown.stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(", ")));
        }
        Map<String, String> flags = new HashMap<>(set);
        flags.putAll(named);
        return new Arguments(flags, named.get(PlatformSettings.LOG_LEVEL), config, prepareRuntimes, help, version);
    }

    /** Whether {@code arg} names a flag, which is never taken as the value of the flag before it. */
    private static boolean isFlag(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return VALUED.stream().anyMatch(flag -> flag.name().equals(name))
                || List.of("-h", "--help", "-V", "--version", PREPARE_RUNTIMES).contains(arg);
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: stratus [-hV] [--prepare-runtimes]");
        VALUED.forEach(flag -> text.append(" [").append(flag.name()).append('=').append(flag.label()).append(']'));
        text.append(System.lineSeparator())
                .append("Runs AWS DynamoDB, DynamoDB Streams and Lambda locally on one endpoint.").append(System.lineSeparator())
                .append("Every option can also be given as an environment variable (STRATUS_PORT, ...) or in")
                .append(System.lineSeparator())
                .append("conf/stratus.properties; flags win over variables, variables over the file.")
                .append(System.lineSeparator());
        List<String[]> rows = new ArrayList<>();
        VALUED.forEach(flag -> rows.add(new String[] {"      " + flag.name() + "=" + flag.label(), flag.description()}));
        rows.add(new String[] {"      " + PREPARE_RUNTIMES,
            "Install what the Lambda runtimes need (the Node.js AWS SDKs), then exit."});
        rows.add(new String[] {"  -h, --help", "Show this help message and exit."});
        rows.add(new String[] {"  -V, --version", "Print version information and exit."});
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0) + 2;
        for (String[] row : rows) {
            text.append(row[0]).append(" ".repeat(width - row[0].length())).append(row[1]).append(System.lineSeparator());
        }
        return text.toString();
    }
}
