package dev.stratus.dynamodb.table;

import static dev.stratus.dynamodb.DynamoDbErrors.invalidParameter;

import dev.stratus.dynamodb.DynamoDbErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the parts of table requests CreateTable and UpdateTable share, with AWS's messages. */
public final class TableRules {

    static final int MAX_GLOBAL_INDEXES = 20;
    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_PROJECTED_ATTRIBUTES = 100;
    /** How many attributes a global index's partition key, and its sort key, may each have. */
    static final int MAX_KEY_ATTRIBUTES = 4;

    private TableRules() {
    }

    /** The attribute definitions of a request, by name, in the caller's order; a name given twice is refused. */
    public static Map<String, ScalarType> byName(List<KeyElement> definitions) {
        Map<String, ScalarType> byName = new LinkedHashMap<>();
        for (KeyElement definition : definitions) {
            if (byName.put(definition.name(), definition.type()) != null) {
                throw DynamoDbErrors.validation("Attribute Name is duplicated: " + definition.name());
            }
        }
        return byName;
    }

    /**
     * The key schema of the table ({@code indexName} null) or of a local index, with the types of
     * {@code definitions}, checked in AWS's order: defined attributes, distinct names, HASH first, RANGE second.
     */
    static KeySchema resolve(List<KeySchemaElement> elements, Map<String, ScalarType> definitions, String indexName) {
        checkDefinedAndDistinct(elements, definitions, indexName);
        KeySchemaElement first = elements.get(0);
        if (first.keyType() != KeySchemaElement.KeyType.HASH) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        KeyElement hash = new KeyElement(first.attributeName(), definitions.get(first.attributeName()));
        if (elements.size() == 1) {
            return new KeySchema(hash, null);
        }
        KeySchemaElement second = elements.get(1);
        if (second.keyType() != KeySchemaElement.KeyType.RANGE) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        return new KeySchema(hash,
                new KeyElement(second.attributeName(), definitions.get(second.attributeName())));
    }

    /**
     * The key schema of a global index, whose partition and sort keys may each have up to four attributes
     * (multi-attribute keys), checked in order: defined attributes, distinct names, HASH first, no HASH after a
     * RANGE, at most four of each.
     */
    static KeySchema resolveGlobal(List<KeySchemaElement> elements, Map<String, ScalarType> definitions,
                                   String indexName) {
        checkDefinedAndDistinct(elements, definitions, indexName);
        if (elements.get(0).keyType() != KeySchemaElement.KeyType.HASH) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        List<KeyElement> partition = new ArrayList<>();
        List<KeyElement> sort = new ArrayList<>();
        for (KeySchemaElement element : elements) {
            KeyElement typed = new KeyElement(element.attributeName(), definitions.get(element.attributeName()));
            if (element.keyType() == KeySchemaElement.KeyType.RANGE) {
                sort.add(typed);
            } else if (!sort.isEmpty()) {
                throw DynamoDbErrors.validation("Invalid KeySchema: A HASH key type KeySchemaElement cannot follow "
                        + "a RANGE key type KeySchemaElement for index: " + indexName);
            } else {
                partition.add(typed);
            }
        }
        checkKeyAttributeCount(partition, "partition", indexName);
        checkKeyAttributeCount(sort, "sort", indexName);
        return new KeySchema(partition, sort);
    }

    private static void checkKeyAttributeCount(List<KeyElement> attributes, String role, String indexName) {
        if (attributes.size() > MAX_KEY_ATTRIBUTES) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The " + role + " key of index: " + indexName
                    + " has " + attributes.size() + " attributes, which exceeds the limit of " + MAX_KEY_ATTRIBUTES);
        }
    }

    private static void checkDefinedAndDistinct(List<KeySchemaElement> elements, Map<String, ScalarType> definitions,
                                                String indexName) {
        Set<String> names = new LinkedHashSet<>();
        elements.forEach(element -> names.add(element.attributeName()));
        if (!definitions.keySet().containsAll(names)) {
            if (indexName == null && elements.size() == 2) {
                throw DynamoDbErrors.validation("Invalid KeySchema: Some index key attribute have no definition");
            }
            List<String> keys = elements.stream().map(KeySchemaElement::attributeName).toList();
            throw invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + keys + ", AttributeDefinitions: " + List.copyOf(definitions.keySet()));
        }
        if (names.size() < elements.size()) {
            throw DynamoDbErrors.validation(elements.size() == 2
                    ? "Both the Hash Key and the Range Key element in the KeySchema have the same name"
                    : "Invalid KeySchema: An attribute appears more than once in the KeySchema of index: " + indexName);
        }
    }

    /** Checks that every attribute definition is used by the table's or an index's key schema. */
    static void checkDefinitionsUsed(Map<String, ScalarType> definitions, KeySchema tableKey,
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

    static Projection projection(IndexRequest index) {
        if (index.projectionType() == null) {
            throw invalidParameter("Unknown ProjectionType: null");
        }
        Projection.Type type = index.projectionType();
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
    static Throughput indexThroughput(IndexRequest index, BillingMode billingMode, boolean creatingTable) {
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
    static String requestedStreamViewType(StreamRequest spec, boolean creatingTable) {
        boolean enabled = spec.enabled();
        String viewType = spec.viewType();
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
