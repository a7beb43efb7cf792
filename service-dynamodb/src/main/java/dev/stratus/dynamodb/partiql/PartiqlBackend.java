package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.RequestContext;

/** What {@link PartiqlOperations} needs of the engine: tables' keys, and the plain operations to run. */
public interface PartiqlBackend {

    /** The key attributes of the caller's table and its indexes; ResourceNotFoundException when there is none. */
    TableKeys keysOf(String tableName, RequestContext context);

    /**
     * Runs a plain operation ({@code Query}, {@code Scan}, {@code GetItem}, {@code PutItem}, {@code UpdateItem},
     * {@code DeleteItem}, {@code TransactGetItems}, {@code TransactWriteItems}) exactly as if a client had called it,
     * and returns its output.
     */
    JsonNode run(String operation, ObjectNode input, RequestContext context);
}
