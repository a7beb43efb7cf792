package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.batch.BatchOperations;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.legacy.LegacyParameters;
import dev.stratus.dynamodb.partiql.PartiqlOperations;
import dev.stratus.dynamodb.query.ReadOperations;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.dynamodb.transaction.TransactionOperations;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.AwsJsonHandler;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes DynamoDB's operations (AWS JSON 1.0, {@code DynamoDB_20120810}) to the operation classes. Item
 * operations see only expressions: legacy parameters are rewritten into them first; PartiQL statements run
 * through the same item operations.
 */
@Singleton
public final class DynamoDbHandler implements ServiceHandler {

    private final AwsJsonHandler delegate;

    @Inject
    public DynamoDbHandler(ObjectMapper mapper, TableService tableService, ItemOperations items,
                           ReadOperations reads, BatchOperations batches, TransactionOperations transactions,
                           Set<OperationGroup> groups) {
        Map<String, JsonOperation> itemOperations = new LinkedHashMap<>();
        itemOperations.put("PutItem", items::putItem);
        itemOperations.put("GetItem", items::getItem);
        itemOperations.put("UpdateItem", items::updateItem);
        itemOperations.put("DeleteItem", items::deleteItem);
        itemOperations.put("Query", reads::query);
        itemOperations.put("Scan", reads::scan);
        itemOperations.put("BatchGetItem", batches::batchGetItem);
        itemOperations.put("BatchWriteItem", batches::batchWriteItem);
        itemOperations.put("TransactWriteItems", transactions::transactWriteItems);
        itemOperations.put("TransactGetItems", transactions::transactGetItems);
        PartiqlOperations partiql = new PartiqlOperations(new PartiqlBackendOfEngine(tableService, itemOperations));

        AwsJsonHandler.Builder builder = AwsJsonHandler.builder(mapper)
                .protocol(Protocol.AWS_JSON_1_0)
                .targetPrefix(DynamoDbPlugin.TARGET_PREFIX)
                .errorNamespace(DynamoDbErrors.NAMESPACE)
                .internalErrorCode("InternalServerError")
                .crc32(true)
                .inputCheck(RequestValidation::check)
                .operation("ExecuteStatement", partiql::executeStatement)
                .operation("BatchExecuteStatement", partiql::batchExecuteStatement)
                .operation("ExecuteTransaction", partiql::executeTransaction);
        itemOperations.forEach((name, operation) -> builder.operation(name, withLegacyParameters(name, operation)));
        groups.forEach(group -> group.operations().forEach(builder::operation));
        this.delegate = builder.build();
    }

    private static JsonOperation withLegacyParameters(String name, JsonOperation operation) {
        return (input, context) -> operation.handle(LegacyParameters.toExpressions(name, input), context);
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return delegate.handle(request, context);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return delegate.unexpectedFailure(context);
    }
}
