package dev.stratus.lambda.esm.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * A mapping's FilterCriteria: a record passes when it matches any of the event patterns. Matching is done by
 * Event Ruler, the matcher AWS publishes for its own event patterns, so the full syntax (exact values, prefix,
 * suffix, anything-but, numeric, exists, equals-ignore-case, wildcard, {@code $or}) behaves as on AWS.
 * A machine is safe to match from many threads at once.
 */
public final class RecordFilter {

    private static final RecordFilter ACCEPT_ALL = new RecordFilter(null);

    private final Machine machine;

    private RecordFilter(Machine machine) {
        this.machine = machine;
    }

    /** The filter that lets every record through (a mapping without FilterCriteria). */
    public static RecordFilter acceptAll() {
        return ACCEPT_ALL;
    }

    /**
     * Compiles the patterns.
     *
     * @throws InvalidPatternException if a pattern is not a valid event pattern
     */
    public static RecordFilter of(List<String> patterns) {
        if (patterns.isEmpty()) {
            return ACCEPT_ALL;
        }
        Machine machine = new Machine();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            String problem = pattern == null ? "The pattern is missing" : JsonRuleCompiler.check(pattern);
            if (problem != null) {
                throw new InvalidPatternException(pattern, problem);
            }
            try {
                machine.addRule("pattern-" + i, pattern);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RecordFilter(machine);
    }

    /** Whether the record (as the function would receive it) matches at least one pattern. */
    public boolean matches(JsonNode record) {
        return machine == null || !machine.rulesForJSONEvent(record).isEmpty();
    }

    /** A pattern that Event Ruler refuses, with its reason. */
    public static final class InvalidPatternException extends RuntimeException {

        public InvalidPatternException(String pattern, String reason) {
            super("Invalid filter pattern " + pattern + ": " + reason, null, false, false);
        }
    }
}
