package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A validated UpdateExpression, bound to its request's placeholders and checked against the table's key. */
public final class Update {

    private final ParsedUpdate parsed;
    private final ExpressionAttributes attributes;
    private final List<ResolvedPath> paths;

    Update(ParsedUpdate parsed, ExpressionAttributes attributes) {
        this.parsed = parsed;
        this.attributes = attributes;
        this.paths = parsed.actions().stream().map(action -> attributes.resolve(action.path())).toList();
    }

    /**
     * Refuses an update that touches a key attribute ("Cannot update attribute k. This attribute is part of the
     * key"), naming the first such action's attribute.
     *
     * @param keyAttributeNames the table's key attribute names
     */
    public void refuseKeyAttributes(Set<String> keyAttributeNames) {
        for (ResolvedPath path : paths) {
            if (keyAttributeNames.contains(path.topLevelName())) {
                throw ExpressionErrors.keyAttributeUpdated(path.topLevelName());
            }
        }
    }

    /**
     * Applies the update.
     *
     * @param oldItem the stored item, or {@code null} when there is none
     * @param key     the request's key: the item an update of a missing item starts from
     * @return the new item and what changed
     * @throws dev.stratus.spi.AwsServiceException with DynamoDB's message when the item's data does not fit
     *         the update (a SET from a missing attribute, arithmetic on a non-number, an invalid document path, ...)
     */
    public UpdateResult apply(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> newItem = UpdateEvaluator.apply(parsed, attributes,
                oldItem != null ? oldItem : key, oldItem != null);
        return new UpdateResult(oldItem, newItem, paths, oldItem != null || !newItem.equals(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Update that && parsed.equals(that.parsed) && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parsed, attributes);
    }

    /** A canonical rendering: the same for the same tree and placeholder bindings, whatever request it came in. */
    @Override
    public String toString() {
        return "Update[" + parsed + ", " + attributes + "]";
    }
}
