package dev.stratus.dynamodb.protocol.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.RequestValidation;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.dynamodb.table.BillingMode;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.CreateTableRequest;
import dev.stratus.dynamodb.table.IndexRequest;
import dev.stratus.dynamodb.table.IndexUpdate;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchemaElement;
import dev.stratus.dynamodb.table.ListTablesRequest;
import dev.stratus.dynamodb.table.Projection;
import dev.stratus.dynamodb.table.RequestedThroughput;
import dev.stratus.dynamodb.table.ScalarType;
import dev.stratus.dynamodb.table.StreamRequest;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableRules;
import dev.stratus.dynamodb.table.Tag;
import dev.stratus.dynamodb.table.TimeToLiveSettings;
import dev.stratus.dynamodb.table.UpdateTableRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the table operations' JSON input, already checked against the API model, into request records; the
 * limits the published model no longer states (a key schema of at most two elements) are checked here, as AWS
 * checks them with the model's.
 */
public final class TableRequests {

    private static final int MAX_KEY_SCHEMA = 2;

    private TableRequests() {
    }

    public static CreateTableRequest createTable(JsonNode input) {
        ConstraintViolations violations = new ConstraintViolations();
        String name = TableNames.resolve(JsonInput.text(input, "TableName"));
        List<KeyElement> definitions = attributeDefinitions(input);
        TableRules.byName(definitions);
        List<KeySchemaElement> keySchema = keySchema(input, "keySchema", violations, false);
        String billing = JsonInput.text(input, "BillingMode");
        RequestedThroughput throughput = throughput(input);
        List<IndexRequest> globals = indexes(input, "GlobalSecondaryIndexes", "globalSecondaryIndexes", violations);
        List<IndexRequest> locals = indexes(input, "LocalSecondaryIndexes", "localSecondaryIndexes", violations);
        StreamRequest stream = stream(JsonInput.object(input, "StreamSpecification"));
        violations.throwIfAny();
        return new CreateTableRequest(name, definitions, keySchema,
                billing == null ? null : BillingMode.valueOf(billing), throughput, globals, locals, stream, tags(input, "Tags"),
                JsonInput.flag(input, "DeletionProtectionEnabled"), JsonInput.text(input, "TableClass"));
    }

    public static UpdateTableRequest updateTable(JsonNode input) {
        String billing = JsonInput.text(input, "BillingMode");
        List<JsonNode> updates = JsonInput.array(input, "GlobalSecondaryIndexUpdates");
        List<IndexUpdate> indexUpdates = null;
        if (updates != null) {
            ConstraintViolations violations = new ConstraintViolations();
            indexUpdates = new ArrayList<>();
            for (int i = 0; i < updates.size(); i++) {
                indexUpdates.add(indexUpdate(updates.get(i), "globalSecondaryIndexUpdates." + (i + 1) + ".member",
                        violations));
            }
            violations.throwIfAny();
        }
        return new UpdateTableRequest(JsonInput.text(input, "TableName"), attributeDefinitions(input),
                billing == null ? null : BillingMode.valueOf(billing), throughput(input), indexUpdates,
                stream(JsonInput.object(input, "StreamSpecification")),
                JsonInput.bool(input, "DeletionProtectionEnabled"), JsonInput.text(input, "TableClass"));
    }

    public static String tableName(JsonNode input) {
        return JsonInput.text(input, "TableName");
    }

    public static ListTablesRequest listTables(JsonNode input) {
        return new ListTablesRequest(JsonInput.text(input, "ExclusiveStartTableName"),
                JsonInput.number(input, "Limit"));
    }

    public static TimeToLiveSettings timeToLiveSpecification(JsonNode input) {
        JsonNode spec = JsonInput.object(input, "TimeToLiveSpecification");
        return new TimeToLiveSettings(JsonInput.flag(spec, "Enabled"), JsonInput.text(spec, "AttributeName"));
    }

    public static String resourceArn(JsonNode input) {
        return JsonInput.text(input, "ResourceArn");
    }

    /** The tags of a {@code [{"Key": k, "Value": v}]} member, in order; empty when absent. */
    public static List<Tag> tags(JsonNode input, String member) {
        List<JsonNode> nodes = JsonInput.array(input, member);
        List<Tag> tags = new ArrayList<>();
        if (nodes != null) {
            nodes.forEach(node -> tags.add(new Tag(JsonInput.text(node, "Key"), JsonInput.text(node, "Value"))));
        }
        return tags;
    }

    public static List<String> tagKeys(JsonNode input) {
        return JsonInput.texts(input, "TagKeys");
    }

    /** The attribute definitions sent, in order; {@code null} when absent. */
    private static List<KeyElement> attributeDefinitions(JsonNode input) {
        List<JsonNode> nodes = JsonInput.array(input, "AttributeDefinitions");
        if (nodes == null) {
            return null;
        }
        List<KeyElement> definitions = new ArrayList<>();
        for (JsonNode node : nodes) {
            definitions.add(new KeyElement(JsonInput.text(node, "AttributeName"),
                    ScalarType.valueOf(JsonInput.text(node, "AttributeType"))));
        }
        return definitions;
    }

    /**
     * The key schema sent at {@code member}, its length checked unless it is a global index's, whose
     * multi-attribute keys are checked with the rest of the index.
     */
    private static List<KeySchemaElement> keySchema(JsonNode input, String member, ConstraintViolations violations,
                                                    boolean globalIndex) {
        List<JsonNode> nodes = JsonInput.array(input, "KeySchema");
        if (!globalIndex && nodes.size() > MAX_KEY_SCHEMA) {
            violations.add(RequestValidation.violation("KeySchema", input.get("KeySchema"), member,
                    "Member must have length less than or equal to " + MAX_KEY_SCHEMA));
        }
        List<KeySchemaElement> elements = new ArrayList<>();
        for (JsonNode node : nodes) {
            elements.add(new KeySchemaElement(JsonInput.text(node, "AttributeName"),
                    KeySchemaElement.KeyType.valueOf(JsonInput.text(node, "KeyType"))));
        }
        return elements;
    }

    private static RequestedThroughput throughput(JsonNode input) {
        JsonNode node = JsonInput.object(input, "ProvisionedThroughput");
        if (node == null) {
            return null;
        }
        return new RequestedThroughput(JsonInput.number(node, "ReadCapacityUnits"),
                JsonInput.number(node, "WriteCapacityUnits"));
    }

    private static IndexRequest index(JsonNode node, String member, ConstraintViolations violations,
                                      boolean global) {
        List<KeySchemaElement> keySchema = keySchema(node, member + ".keySchema", violations, global);
        JsonNode projection = JsonInput.object(node, "Projection");
        String type = JsonInput.text(projection, "ProjectionType");
        return new IndexRequest(JsonInput.text(node, "IndexName"), keySchema,
                type == null ? null : Projection.Type.valueOf(type), JsonInput.texts(projection, "NonKeyAttributes"),
                throughput(node));
    }

    private static List<IndexRequest> indexes(JsonNode input, String field, String member,
                                              ConstraintViolations violations) {
        List<JsonNode> nodes = JsonInput.array(input, field);
        if (nodes == null) {
            return List.of();
        }
        if (nodes.isEmpty()) {
            throw DynamoDbErrors.invalidParameter("List of " + field + " is empty");
        }
        return indexes(nodes, member, violations, field.equals("GlobalSecondaryIndexes"));
    }

    /**
     * The indexes of a restore's {@code field} override: {@code null} when the request leaves it out, empty when
     * the restored table is to have no index of its kind.
     */
    public static List<IndexRequest> indexOverride(JsonNode input, String field, String member) {
        List<JsonNode> nodes = JsonInput.array(input, field);
        if (nodes == null) {
            return null;
        }
        ConstraintViolations violations = new ConstraintViolations();
        List<IndexRequest> indexes = indexes(nodes, member, violations, field.equals("GlobalSecondaryIndexOverride"));
        violations.throwIfAny();
        return indexes;
    }

    private static List<IndexRequest> indexes(List<JsonNode> nodes, String member, ConstraintViolations violations,
                                              boolean global) {
        List<IndexRequest> indexes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            indexes.add(index(nodes.get(i), member + "." + (i + 1) + ".member", violations, global));
        }
        return indexes;
    }

    private static IndexUpdate indexUpdate(JsonNode node, String member, ConstraintViolations violations) {
        JsonNode create = JsonInput.object(node, "Create");
        JsonNode delete = JsonInput.object(node, "Delete");
        JsonNode update = JsonInput.object(node, "Update");
        return new IndexUpdate(create == null ? null : index(create, member + ".create", violations, true),
                delete == null ? null : JsonInput.text(delete, "IndexName"),
                update == null ? null : new IndexUpdate.ThroughputUpdate(JsonInput.text(update, "IndexName"),
                        throughput(update)));
    }

    private static StreamRequest stream(JsonNode spec) {
        return spec == null ? null
                : new StreamRequest(JsonInput.flag(spec, "StreamEnabled"), JsonInput.text(spec, "StreamViewType"));
    }
}
