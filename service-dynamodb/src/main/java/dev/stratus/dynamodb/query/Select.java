package dev.stratus.dynamodb.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.item.IndexProjection;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.Optional;

/** What a Query or Scan returns of each item ({@code Select} with the {@code ProjectionExpression}). */
public enum Select {
    ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT;

    /** The request's Select, checked against the table or index read and the projection given. */
    public static Select of(JsonNode input, TableDefinition table, SecondaryIndex index,
                            Optional<Projection> projection) {
        String value = JsonInput.text(input, "Select");
        if (value == null) {
            return projection.isPresent() ? SPECIFIC_ATTRIBUTES
                    : index == null ? ALL_ATTRIBUTES : ALL_PROJECTED_ATTRIBUTES;
        }
        Select select = valueOf(value);
        if (projection.isPresent() && select != SPECIFIC_ATTRIBUTES) {
            throw DynamoDbErrors.invalidParameter("Cannot specify the ProjectionExpression when choosing to get "
                    + select);
        }
        if (select == SPECIFIC_ATTRIBUTES && projection.isEmpty()) {
            throw DynamoDbErrors.invalidParameter("Select type SPECIFIC_ATTRIBUTES requires ProjectionExpression "
                    + "or AttributesToGet");
        }
        if (select == ALL_PROJECTED_ATTRIBUTES && index == null) {
            throw DynamoDbErrors.invalidParameter(
                    "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        if (select == ALL_ATTRIBUTES && index != null && index.global()
                && !index.projectsAll()) {
            throw DynamoDbErrors.invalidParameter("Select type ALL_ATTRIBUTES is not supported for global secondary "
                    + "index " + index.name() + " because its projection type is not ALL");
        }
        return select;
    }

    /** Whether items read from a local index must be completed from the table to answer this Select. */
    public boolean needsTableItem(TableDefinition table, SecondaryIndex index, Optional<Projection> projection) {
        if (index == null || index.global() || index.projectsAll()) {
            return false;
        }
        if (this == ALL_ATTRIBUTES) {
            return true;
        }
        return this == SPECIFIC_ATTRIBUTES && projection.get().attributeNames().stream()
                .anyMatch(name -> !IndexProjection.projects(table.keySchema(), index, name));
    }
}
