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

    static final List<String> KEY_TYPES = List.of("HASH", "RANGE");
    static final List<String> SCALAR_TYPES = List.of("S", "N", "B");
    static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");
    static final List<String> PROJECTION_TYPES = List.of("ALL", "KEYS_ONLY", "INCLUDE");
    static final List<String> STREAM_VIEW_TYPES = List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");
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

    static Map<String, String> attributeDefinitions(JsonNode input, ConstraintViolations violations) {
        List<JsonNode> nodes = JsonInput.array(input, "AttributeDefinitions");
        if (nodes == null) {
            return null;
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String name = JsonInput.text(nodes.get(i), "AttributeName");
            String type = JsonInput.text(nodes.get(i), "AttributeType");
            String member = "attributeDefinitions." + (i + 1) + ".member";
            violations.notNull(name, member + ".attributeName").length(name, member + ".attributeName", 1, 255);
            violations.notNull(type, member + ".attributeType").enumValue(type, member + ".attributeType", SCALAR_TYPES);
            if (name != null && definitions.put(name, type) != null) {
                throw DynamoDbErrors.validation("Attribute Name is duplicated: " + name);
            }
        }
        return definitions;
    }

    static List<RawKeyElement> keySchema(JsonNode input, String member, ConstraintViolations violations) {
        List<JsonNode> nodes = JsonInput.array(input, "KeySchema");
        violations.notNull(nodes, member);
        if (nodes == null) {
            return null;
        }
        if (nodes.isEmpty() || nodes.size() > 2) {
            violations.add(nodes.size() + " elements", member, nodes.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to 2");
        }
        List<RawKeyElement> elements = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String name = JsonInput.text(nodes.get(i), "AttributeName");
            String keyType = JsonInput.text(nodes.get(i), "KeyType");
            String elementMember = member + "." + (i + 1) + ".member";
            violations.notNull(name, elementMember + ".attributeName")
                    .length(name, elementMember + ".attributeName", 1, 255);
            violations.notNull(keyType, elementMember + ".keyType")
                    .enumValue(keyType, elementMember + ".keyType", KEY_TYPES);
            elements.add(new RawKeyElement(name, keyType));
        }
        return elements;
    }

    static RawThroughput throughput(JsonNode input, String member, ConstraintViolations violations) {
        JsonNode node = JsonInput.object(input, "ProvisionedThroughput");
        if (node == null) {
            return null;
        }
        Long read = JsonInput.number(node, "ReadCapacityUnits");
        Long write = JsonInput.number(node, "WriteCapacityUnits");
        violations.notNull(read, member + ".readCapacityUnits").atLeast(read, member + ".readCapacityUnits", 1);
        violations.notNull(write, member + ".writeCapacityUnits").atLeast(write, member + ".writeCapacityUnits", 1);
        return new RawThroughput(read, write);
    }

    static RawIndex index(JsonNode node, String member, ConstraintViolations violations) {
        String name = JsonInput.text(node, "IndexName");
        violations.name(name, member + ".indexName", 3, 255);
        List<RawKeyElement> keySchema = keySchema(node, member + ".keySchema", violations);
        JsonNode projection = JsonInput.object(node, "Projection");
        violations.notNull(projection, member + ".projection");
        String projectionType = JsonInput.text(projection, "ProjectionType");
        violations.enumValue(projectionType, member + ".projection.projectionType", PROJECTION_TYPES);
        List<String> nonKey = JsonInput.texts(projection, "NonKeyAttributes");
        return new RawIndex(name, keySchema, projectionType, nonKey,
                throughput(node, member + ".provisionedThroughput", violations), member);
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
    static String requestedStreamViewType(JsonNode spec, ConstraintViolations violations, boolean creatingTable) {
        Boolean enabled = JsonInput.bool(spec, "StreamEnabled");
        String viewType = JsonInput.text(spec, "StreamViewType");
        violations.notNull(enabled, "streamSpecification.streamEnabled")
                .enumValue(viewType, "streamSpecification.streamViewType", STREAM_VIEW_TYPES);
        violations.throwIfAny();
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
