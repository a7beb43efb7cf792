package dev.stratus.lambda.function;

import java.util.Map;

/**
 * What belongs to a function as a whole rather than to one of its versions.
 *
 * @param functionName        the function's name
 * @param lastVersion         the number of the last published version, 0 when none was published
 * @param tags                the function's tags
 * @param reservedConcurrency the reserved concurrent executions, or {@code null} when none are reserved
 */
public record FunctionRecord(String functionName, long lastVersion, Map<String, String> tags,
                             Integer reservedConcurrency) {

    public FunctionRecord {
        tags = Map.copyOf(tags);
    }

    public FunctionRecord withLastVersion(long version) {
        return new FunctionRecord(functionName, version, tags, reservedConcurrency);
    }

    public FunctionRecord withTags(Map<String, String> newTags) {
        return new FunctionRecord(functionName, lastVersion, newTags, reservedConcurrency);
    }

    public FunctionRecord withReservedConcurrency(Integer concurrency) {
        return new FunctionRecord(functionName, lastVersion, tags, concurrency);
    }
}
