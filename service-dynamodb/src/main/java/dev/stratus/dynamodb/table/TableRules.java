package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.DynamoDbErrors.invalidParameter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the parts of table requests CreateTable and UpdateTable share, with AWS's messages. */
public final class TableRules {

    static final int MAX_GLOBAL_INDEXES = 20;
    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_PROJECTED_ATTRIBUTES = 100;

    private TableRules() {
    }

    /** A key schema element as sent, before its type is looked up in the attribute definitions. */
    record RawKeyElement(String attributeName, String keyType) {
    }

    /** A provisioned throughput as sent. */
    record RawThroughput(Long read, Long write) {
    }

    /** A secondary index as sent. */
    record RawIndex(String name, List<RawKeyElement> keySchema, String projectionType, List<String> nonKeyAttributes,
                    RawThroughput throughput, String member) {
    }

    /** The attribute definitions sent, by name, in order; {@code null} when absent. */
    static Map<String, String> attributeDefinitions(JsonNode input) {
        List<JsonNode> nodes = JsonInput.array(input, "AttributeDefinitions");
        if (nodes == null) {
            return null;
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        for (JsonNode node : nodes) {
            String name = JsonInput.text(node, "AttributeName");
            if (definitions.put(name, JsonInput.text(node, "AttributeType")) != null) {
                throw DynamoDbErrors.validation("Attribute Name is duplicated: " + name);
            }
        }
        return definitions;
    }

    /**
     * The key schema sent at {@code member}; a table's or index's has at most a HASH and a RANGE element, a limit
     * the published model no longer states.
     */
    static List<RawKeyElement> keySchema(JsonNode input, String member, ConstraintViolations violations) {
        List<JsonNode> nodes = JsonInput.array(input, "KeySchema");
        if (nodes.size() > 2) {
            violations.add("KeySchema", input.get("KeySchema"), member,
                    "Member must have length less than or equal to 2");
        }
        List<RawKeyElement> elements = new ArrayList<>();
        for (JsonNode node : nodes) {
            elements.add(new RawKeyElement(JsonInput.text(node, "AttributeName"), JsonInput.text(node, "KeyType")));
        }
        return elements;
    }

    static RawThroughput throughput(JsonNode input) {
        JsonNode node = JsonInput.object(input, "ProvisionedThroughput");
        if (node == null) {
            return null;
        }
        return new RawThroughput(JsonInput.number(node, "ReadCapacityUnits"),
                JsonInput.number(node, "WriteCapacityUnits"));
    }

    static RawIndex index(JsonNode node, String member, ConstraintViolations violations) {
        List<RawKeyElement> keySchema = keySchema(node, member + ".keySchema", violations);
        JsonNode projection = JsonInput.object(node, "Projection");
        return new RawIndex(JsonInput.text(node, "IndexName"), keySchema, JsonInput.text(projection, "ProjectionType"),
                JsonInput.texts(projection, "NonKeyAttributes"), throughput(node), member);
    }

    static List<RawIndex> indexes(JsonNode input, String field, String member, ConstraintViolations violations) {
        List<JsonNode> nodes = JsonInput.array(input, field);
        if (nodes == null) {
            return List.of();
        }
        if (nodes.isEmpty()) {
            throw invalidParameter("List of " + field + " is empty");
        }
        List<RawIndex> indexes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            indexes.add(index(nodes.get(i), member + "." + (i + 1) + ".member", violations));
        }
        return indexes;
    }

    /** The key schema with the types of {@code definitions}; the attributes are known to be defined. */
    /**
     * The key schema of the table ({@code indexName} null) or of an index, with the types of {@code definitions},
     * checked in AWS's order: defined attributes, distinct names, HASH first, RANGE second.
     */
    static KeySchema resolve(List<RawKeyElement> elements, Map<String, String> definitions, String indexName) {
        Set<String> names = new LinkedHashSet<>();
        elements.forEach(element -> names.add(element.attributeName()));
        if (!definitions.keySet().containsAll(names)) {
            if (indexName == null && elements.size() == 2) {
                throw DynamoDbErrors.validation("Invalid KeySchema: Some index key attribute have no definition");
            }
            List<String> keys = elements.stream().map(RawKeyElement::attributeName).toList();
            throw invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + keys + ", AttributeDefinitions: " + List.copyOf(definitions.keySet()));
        }
        if (names.size() < elements.size()) {
            throw DynamoDbErrors.validation(
                    "Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        RawKeyElement first = elements.get(0);
        if (!"HASH".equals(first.keyType())) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        KeyElement hash = new KeyElement(first.attributeName(), ScalarType.valueOf(definitions.get(first.attributeName())));
        if (elements.size() == 1) {
            return new KeySchema(hash, null);
        }
        RawKeyElement second = elements.get(1);
        if (!"RANGE".equals(second.keyType())) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        return new KeySchema(hash,
                new KeyElement(second.attributeName(), ScalarType.valueOf(definitions.get(second.attributeName()))));
    }

    /** Checks that every attribute definition is used by the table's or an index's key schema. */
    static void checkDefinitionsUsed(Map<String, String> definitions, KeySchema tableKey,
                                     List<SecondaryIndex> indexes) {
        Set<String> keys = new LinkedHashSet<>();
        tableKey.elements().forEach(element -> keys.add(element.name()));
        indexes.forEach(index -> index.keySchema().elements().forEach(element -> keys.add(element.name())));
        if (keys.containsAll(definitions.keySet())) {
            return;
        }
        if (indexes.isEmpty()) {
            throw invalidParameter("Number of attributes in KeySchema does not exactly match number of "
                    + "attributes defined in AttributeDefinitions");
        }
        throw invalidParameter("Some AttributeDefinitions are not used. AttributeDefinitions: "
                + List.copyOf(definitions.keySet()) + ", keys used: " + List.copyOf(keys));
    }

    static Projection projection(RawIndex index) {
        if (index.projectionType() == null) {
            throw invalidParameter("Unknown ProjectionType: null");
        }
        Projection.Type type = Projection.Type.valueOf(index.projectionType());
        List<String> nonKey = index.nonKeyAttributes() == null ? List.of() : index.nonKeyAttributes();
        if (type == Projection.Type.INCLUDE && nonKey.isEmpty()) {
            throw invalidParameter("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (type != Projection.Type.INCLUDE && index.nonKeyAttributes() != null) {
            throw invalidParameter("ProjectionType is " + type + ", but NonKeyAttributes is specified");
        }
        Set<String> distinct = new HashSet<>();
        for (String attribute : nonKey) {
            if (!distinct.add(attribute)) {
                throw invalidParameter("Duplicate element in NonKeyAttributes: " + attribute);
            }
        }
        return new Projection(type, nonKey);
    }

    /**
     * The throughput of a global index under the table's billing mode; CreateTable and UpdateTable word the
     * refusals differently.
     */
    static Throughput indexThroughput(RawIndex index, BillingMode billingMode, boolean creatingTable) {
        if (billingMode == BillingMode.PAY_PER_REQUEST) {
            if (index.throughput() != null) {
                throw invalidParameter(creatingTable
                        ? "ProvisionedThroughput should not be specified for index: " + index.name()
                                + " when BillingMode is PAY_PER_REQUEST"
                        : "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: "
                                + index.name() + " when BillingMode is PAY_PER_REQUEST");
            }
            return Throughput.ON_DEMAND;
        }
        if (index.throughput() == null) {
            throw invalidParameter(creatingTable
                    ? "ProvisionedThroughput is not specified for index: " + index.name()
                    : "ProvisionedThroughput must be specified for index: " + index.name());
        }
        return Throughput.of(index.throughput().read(), index.throughput().write());
    }

    static void checkProjectedAttributeLimit(List<SecondaryIndex> indexes) {
        int projected = indexes.stream().mapToInt(index -> index.projection().nonKeyAttributes().size()).sum();
        if (projected > MAX_PROJECTED_ATTRIBUTES) {
            throw invalidParameter("The number of projected attributes in all indexes exceeds the limit of "
                    + MAX_PROJECTED_ATTRIBUTES + ", provided: " + projected);
        }
    }

    /**
     * The stream a StreamSpecification asks for, or {@code null} when it disables streams; CreateTable and
     * UpdateTable word the refusals differently.
     */
    static String requestedStreamViewType(JsonNode spec, boolean creatingTable) {
        boolean enabled = JsonInput.bool(spec, "StreamEnabled");
        String viewType = JsonInput.text(spec, "StreamViewType");
        if (enabled && viewType == null) {
            throw invalidParameter(creatingTable
                    ? "Table is being created with a stream enabled, UpdateViewType is required"
                    : "If stream is being enabled then UpdateViewType is required");
        }
        if (!enabled && viewType != null) {
            throw invalidParameter(creatingTable
                    ? "Table is being created with a stream disabled, UpdateViewType should not be specified"
                    : "If stream is being disabled, then UpdateViewType must not be specified");
        }
        return enabled ? viewType : null;
    }
}
