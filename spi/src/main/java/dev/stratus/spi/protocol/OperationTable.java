package dev.stratus.spi.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A service's operations by name, written once in JSON terms and handed to the protocol handlers that answer
 * them ({@link AwsJsonHandler}, {@link dev.stratus.spi.protocol.query.AwsQueryHandler}). Built by one thread.
 */
public final class OperationTable {

    private final Map<String, AsyncJsonOperation> operations = new HashMap<>();

    /** An operation that answers at once. */
    public OperationTable add(String name, JsonOperation operation) {
        return addAsync(name, (input, context) -> CompletableFuture.completedFuture(operation.handle(input, context)));
    }

    /** An operation that answers when its stage completes, holding no thread while it waits. */
    public OperationTable addAsync(String name, AsyncJsonOperation operation) {
        if (operations.putIfAbsent(name, operation) != null) {
            throw new IllegalArgumentException("Operation bound twice: " + name);
        }
        return this;
    }

    public Optional<AsyncJsonOperation> get(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** Adds every operation of {@code other}. */
    public OperationTable addAll(OperationTable other) {
        other.operations.forEach(this::addAsync);
        return this;
    }
}
