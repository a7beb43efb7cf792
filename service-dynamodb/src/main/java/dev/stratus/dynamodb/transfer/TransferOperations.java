package dev.stratus.dynamodb.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.recovery.RecoverySettings;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The export and import operations. */
@Singleton
public final class TransferOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_PAGE = 25;

    private final TableService tables;
    private final RecoverySettings recovery;

    @Inject
    public TransferOperations(TableService tables, RecoverySettings recovery) {
        this.tables = tables;
        this.recovery = recovery;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "ListExports", (input, context) -> emptyList(input, "MaxResults", "maxResults", "ExportSummaries"),
                "ListImports", (input, context) -> emptyList(input, "PageSize", "pageSize", "ImportSummaryList"),
                "DescribeExport", this::describeExport,
                "DescribeImport", this::describeImport,
                "ExportTableToPointInTime", this::exportTableToPointInTime,
                "ImportTable", this::importTable);
    }

    JsonNode describeExport(JsonNode input, RequestContext context) {
        String arn = arn(input, "ExportArn", "exportArn");
        throw new AwsServiceException("ExportNotFoundException", "Export not found: " + arn, 400);
    }

    JsonNode describeImport(JsonNode input, RequestContext context) {
        String arn = arn(input, "ImportArn", "importArn");
        throw new AwsServiceException("ImportNotFoundException", "Import not found: " + arn, 400);
    }

    JsonNode exportTableToPointInTime(JsonNode input, RequestContext context) {
        String tableArn = JsonInput.text(input, "TableArn");
        String bucket = JsonInput.text(input, "S3Bucket");
        new ConstraintViolations().notNull(tableArn, "tableArn").length(tableArn, "tableArn", 1, 1024)
                .notNull(bucket, "s3Bucket").length(bucket, "s3Bucket", 0, 255).throwIfAny();
        String name = TableNames.nameOf(tableArn);
        Table table = tables.byArn(context, tableArn).orElseThrow(() -> DynamoDbErrors.tableNotFoundByName(name));
        recovery.requireEnabled(table);
        throw DynamoDbErrors.unavailable("Exports to S3");
    }

    JsonNode importTable(JsonNode input, RequestContext context) {
        new ConstraintViolations().notNull(JsonInput.object(input, "S3BucketSource"), "s3BucketSource")
                .notNull(JsonInput.text(input, "InputFormat"), "inputFormat")
                .notNull(JsonInput.object(input, "TableCreationParameters"), "tableCreationParameters")
                .throwIfAny();
        throw DynamoDbErrors.unavailable("Imports from S3");
    }

    private static JsonNode emptyList(JsonNode input, String sizeMember, String sizePath, String listMember) {
        Long size = JsonInput.number(input, sizeMember);
        new ConstraintViolations().atLeast(size, sizePath, 1).atMost(size, sizePath, MAX_PAGE).throwIfAny();
        ObjectNode output = JSON.objectNode();
        output.putArray(listMember);
        return output;
    }

    private static String arn(JsonNode input, String member, String path) {
        String arn = JsonInput.text(input, member);
        new ConstraintViolations().notNull(arn, path).length(arn, path, 37, 1024).throwIfAny();
        return arn;
    }
}
