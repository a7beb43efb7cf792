package dev.stratus.dynamodb.protocol.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.dynamodb.transfer.ImportTableRequest;
import dev.stratus.dynamodb.transfer.TransferOperations;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/** The export and import operations as JSON, run by {@link TransferOperations}. */
@Singleton
public final class TransferJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TransferOperations transfers;

    @Inject
    public TransferJsonOperations(TransferOperations transfers) {
        this.transfers = transfers;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "ListExports", (input, context) -> {
                    transfers.listExports(JsonInput.number(input, "MaxResults"));
                    return emptyList("ExportSummaries");
                },
                "ListImports", (input, context) -> {
                    transfers.listImports(JsonInput.number(input, "PageSize"));
                    return emptyList("ImportSummaryList");
                },
                "DescribeExport", (input, context) -> {
                    transfers.describeExport(JsonInput.text(input, "ExportArn"));
                    return JSON.objectNode();
                },
                "DescribeImport", (input, context) -> {
                    transfers.describeImport(JsonInput.text(input, "ImportArn"));
                    return JSON.objectNode();
                },
                "ExportTableToPointInTime", (input, context) -> {
                    transfers.exportTableToPointInTime(JsonInput.text(input, "TableArn"),
                            JsonInput.text(input, "S3Bucket"), context);
                    return JSON.objectNode();
                },
                "ImportTable", (input, context) -> {
                    transfers.importTable(importTable(input));
                    return JSON.objectNode();
                });
    }

    private static ImportTableRequest importTable(JsonNode input) {
        JsonNode source = JsonInput.object(input, "S3BucketSource");
        JsonNode parameters = JsonInput.object(input, "TableCreationParameters");
        return new ImportTableRequest(source == null ? null : JsonInput.text(source, "S3Bucket"),
                JsonInput.text(input, "InputFormat"),
                parameters == null ? null : JsonInput.text(parameters, "TableName"));
    }

    private static JsonNode emptyList(String member) {
        ObjectNode output = JSON.objectNode();
        output.putArray(member);
        return output;
    }
}
