package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.protocol.BatchProtocol;
import dev.stratus.dynamodb.protocol.ItemProtocol;
import dev.stratus.dynamodb.protocol.PartiqlProtocol;
import dev.stratus.dynamodb.protocol.ReadProtocol;
import dev.stratus.dynamodb.protocol.TransactionProtocol;
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
 * Routes DynamoDB's operations (AWS JSON 1.0, {@code DynamoDB_20120810}): item operations through the protocol
 * classes, which read each request into the engine's typed request (legacy parameters compiled straight to
 * expression trees) and write its typed result; table operations and the other families come in as
 * {@link OperationGroup}s; PartiQL statements run through the same item operations.
 */
@Singleton
public final class DynamoDbHandler implements ServiceHandler {

    private final AwsJsonHandler delegate;

    @Inject
    public DynamoDbHandler(ObjectMapper mapper, PartiqlBackendOfEngine partiqlBackend, ItemProtocol items,
                           ReadProtocol reads, BatchProtocol batches, TransactionProtocol transactions, Set<OperationGroup> groups) {
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
        PartiqlProtocol partiql = new PartiqlProtocol(partiqlBackend);

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
        itemOperations.forEach(builder::operation);
        groups.forEach(group -> group.operations().forEach(builder::operation));
        this.delegate = builder.build();
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
