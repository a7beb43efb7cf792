package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.partiql.PartiqlBackend;
import dev.stratus.dynamodb.partiql.TableKeys;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.CommonErrors;
import dev.stratus.spi.protocol.JsonOperation;
import java.util.Map;

/** Runs PartiQL statements, once translated, through the service's own plain operations. */
final class PartiqlBackendOfEngine implements PartiqlBackend {

    private final TableService tables;
    private final Map<String, JsonOperation> operations;

    PartiqlBackendOfEngine(TableService tables, Map<String, JsonOperation> operations) {
        this.tables = tables;
        this.operations = Map.copyOf(operations);
    }

    @Override
    public TableKeys keysOf(String tableName, RequestContext context) {
        return TableKeys.of(tables.forItems(context, tableName).definition());
    }

    @Override
    public JsonNode run(String operation, ObjectNode input, RequestContext context) {
        JsonOperation plain = operations.get(operation);
        if (plain == null) {
            throw CommonErrors.unknownOperation(operation);
        }
        return plain.handle(input, context.withOperation(operation));
    }
}
