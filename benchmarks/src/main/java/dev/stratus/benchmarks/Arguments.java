package dev.stratus.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the benchmarks' {@code name=value} arguments over their defaults, refusing names they do not know. */
public final class Arguments {

    private Arguments() {
    }

    public static Map<String, String> parse(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !defaults.containsKey(kv[0])) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; expected name=value with a name among "
                        + defaults.keySet());
            }
            values.put(kv[0], kv[1]);
        }
        return values;
    }

    /** A value's space-separated words, blanks dropped (JVM options, a command line). */
    public static List<String> words(String value) {
        return Arrays.stream(value.split(" ")).filter(w -> !w.isBlank()).toList();
    }

    /** A value's comma-separated integers (connection counts). */
    public static List<Integer> integers(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
