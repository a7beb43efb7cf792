package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.batch.BatchOperations;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.legacy.LegacyParameters;
import dev.stratus.dynamodb.partiql.OperationsBackend;
import dev.stratus.dynamodb.partiql.PartiqlOperations;
import dev.stratus.dynamodb.query.ReadOperations;
import dev.stratus.dynamodb.table.TableOperations;
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

/** Routes DynamoDB's operations (AWS JSON 1.0, {@code DynamoDB_20120810}) to the operation classes. */
@Singleton
public final class DynamoDbHandler implements ServiceHandler {

    private final AwsJsonHandler delegate;

    @Inject
    public DynamoDbHandler(ObjectMapper mapper, TableOperations tables, ItemOperations items,
                           ReadOperations reads, BatchOperations batches, TransactionOperations transactions,
                           OperationsBackend partiqlBackend) {
        PartiqlOperations partiql = new PartiqlOperations(partiqlBackend);
        this.delegate = AwsJsonHandler.builder(mapper)
                .protocol(Protocol.AWS_JSON_1_0)
                .targetPrefix(DynamoDbPlugin.TARGET_PREFIX)
                .errorNamespace(DynamoDbErrors.NAMESPACE)
                .internalErrorCode("InternalServerError")
                .crc32(true)
                .operation("CreateTable", tables::createTable)
                .operation("DescribeTable", tables::describeTable)
                .operation("ListTables", tables::listTables)
                .operation("UpdateTable", tables::updateTable)
                .operation("DeleteTable", tables::deleteTable)
                .operation("DescribeTimeToLive", tables::describeTimeToLive)
                .operation("UpdateTimeToLive", tables::updateTimeToLive)
                .operation("TagResource", tables::tagResource)
                .operation("UntagResource", tables::untagResource)
                .operation("ListTagsOfResource", tables::listTagsOfResource)
                .operation("DescribeLimits", tables::describeLimits)
                .operation("DescribeEndpoints", tables::describeEndpoints)
                .operation("PutItem", legacy("PutItem", items::putItem))
                .operation("GetItem", legacy("GetItem", items::getItem))
                .operation("UpdateItem", legacy("UpdateItem", items::updateItem))
                .operation("DeleteItem", legacy("DeleteItem", items::deleteItem))
                .operation("Query", legacy("Query", reads::query))
                .operation("Scan", legacy("Scan", reads::scan))
                .operation("BatchWriteItem", batches::batchWriteItem)
                .operation("BatchGetItem", legacy("BatchGetItem", batches::batchGetItem))
                .operation("TransactWriteItems", transactions::transactWriteItems)
                .operation("TransactGetItems", transactions::transactGetItems)
                .operation("ExecuteStatement", partiql::executeStatement)
                .operation("BatchExecuteStatement", partiql::batchExecuteStatement)
                .operation("ExecuteTransaction", partiql::executeTransaction)
                .build();
    }

    /** The operation, given its request with any legacy parameters rewritten into expressions. */
    private static JsonOperation legacy(String name, JsonOperation operation) {
        return (input, context) -> operation.handle(LegacyParameters.toExpressions(name, input), context);
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return delegate.handle(request, context);
    }
}
