package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.batch.BatchOperations;
import dev.stratus.dynamodb.item.ItemOperations;
import dev.stratus.dynamodb.query.ReadOperations;
import dev.stratus.dynamodb.table.TableOperations;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.AwsJsonHandler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Routes DynamoDB's operations (AWS JSON 1.0, {@code DynamoDB_20120810}) to the operation classes. */
@Singleton
public final class DynamoDbHandler implements ServiceHandler {

    private final AwsJsonHandler delegate;

    @Inject
    public DynamoDbHandler(ObjectMapper mapper, TableOperations tables, ItemOperations items,
                           ReadOperations reads, BatchOperations batches) {
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
                .operation("PutItem", items::putItem)
                .operation("GetItem", items::getItem)
                .operation("UpdateItem", items::updateItem)
                .operation("DeleteItem", items::deleteItem)
                .operation("Query", reads::query)
                .operation("Scan", reads::scan)
                .operation("BatchWriteItem", batches::batchWriteItem)
                .operation("BatchGetItem", batches::batchGetItem)
                .build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return delegate.handle(request, context);
    }
}
