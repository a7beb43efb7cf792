package dev.stratus.benchmarks;

import dev.stratus.spi.Durations;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code name=value} arguments of {@link RunAll}; each has a default, and an unknown name stops the run. */
final class Options {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("only", "gateway,startup,testkit-start,dynamodb,memory"),
            Map.entry("connections", "1,16,64"),
            Map.entry("warmup", "5s"),
            Map.entry("measure", "10s"),
            Map.entry("driver-threads", "1"),
            Map.entry("server-jvm-options", ""),
            Map.entry("signatures", "fixed"),
            Map.entry("starts", "10"),
            Map.entry("baseline-launcher", ""),
            Map.entry("java-home", ""),
            Map.entry("startup-variants", "true"),
            Map.entry("items", "500000"),
            Map.entry("distribution", "distribution/target/stratus"),
            Map.entry("out", "benchmarks/target/results"));

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args) {
        return new Options(Arguments.parse(args, DEFAULTS));
    }

    String get(String name) {
        return values.get(name);
    }

    int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    Duration duration(String name) {
        return Durations.parse(values.get(name));
    }

    List<Integer> integers(String name) {
        return Arguments.integers(values.get(name));
    }

    List<String> words(String name) {
        return Arguments.words(values.get(name));
    }

    Set<String> only() {
        return Set.copyOf(Arrays.asList(values.get("only").split(",")));
    }
}
