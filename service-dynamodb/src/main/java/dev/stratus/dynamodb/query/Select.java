package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.item.IndexProjection;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.spi.AwsServiceException;
import java.util.Optional;

/** What a Query or Scan returns of each item ({@code Select} with the {@code ProjectionExpression}). */
public enum Select {
    ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, COUNT;

    /**
     * The request's Select, checked against the table or index read and the projection given. Query's refusals
     * carry AWS's "1 validation error detected" envelope and Scan's do not, as on AWS.
     */
    public static Select of(String operation, Select requested, SecondaryIndex index,
                            Optional<Projection> projection) {
        if (requested == null) {
            return projection.isPresent() ? SPECIFIC_ATTRIBUTES
                    : index == null ? ALL_ATTRIBUTES : ALL_PROJECTED_ATTRIBUTES;
        }
        Select select = requested;
        if (projection.isPresent()) {
            checkProjectionAllowed(operation, "ProjectionExpression", select.name());
        }
        if (select == SPECIFIC_ATTRIBUTES && projection.isEmpty()) {
            throw refusal(operation, "Must specify the AttributesToGet or ProjectionExpression when choosing to get "
                    + "SPECIFIC_ATTRIBUTES");
        }
        if (select == ALL_PROJECTED_ATTRIBUTES && index == null) {
            throw refusal(operation, "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
        }
        if (select == ALL_ATTRIBUTES && index != null && index.global()
                && !index.projectsAll()) {
            throw DynamoDbErrors.invalidParameter("Select type ALL_ATTRIBUTES is not supported for global secondary "
                    + "index " + index.name() + " because its projection type is not ALL");
        }
        return select;
    }

    /**
     * Refuses a projection ({@code ProjectionExpression} or {@code AttributesToGet}, named by {@code parameter})
     * in a Query or Scan whose {@code Select} value asks for something other than specific attributes.
     */
    public static void checkProjectionAllowed(String operation, String parameter, String select) {
        if (select == null || select.equals(SPECIFIC_ATTRIBUTES.name())) {
            return;
        }
        String wanted = select.equals(COUNT.name()) ? "only the Count" : select;
        throw refusal(operation, "Cannot specify the " + parameter + " when choosing to get " + wanted);
    }

    private static AwsServiceException refusal(String operation, String message) {
        return DynamoDbErrors.validation(operation.equals("Query") ? "1 validation error detected: " + message
                : message);
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
