package dev.stratus.dynamodb.expression;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated expressions of one request, bound to its ExpressionAttributeNames and ExpressionAttributeValues.
 * Made by {@link Expressions#request}; immutable, safe to share.
 */
public final class ExpressionRequest {

    private final ExpressionAttributes attributes;
    private final Map<ExpressionKind, Object> parsed;

    ExpressionRequest(ExpressionAttributes attributes, Map<ExpressionKind, Object> parsed) {
        this.attributes = attributes;
        this.parsed = new EnumMap<>(ExpressionKind.class);
        this.parsed.putAll(parsed);
    }

    /** The ConditionExpression, if the request has one. */
    public Optional<Condition> condition() {
        return conditionOf(ExpressionKind.CONDITION);
    }

    /** The FilterExpression, if the request has one. */
    public Optional<Condition> filter() {
        return conditionOf(ExpressionKind.FILTER);
    }

    @SuppressWarnings("unchecked")
    public Optional<Projection> projection() {
        List<Operand.DocumentPath> paths = (List<Operand.DocumentPath>) parsed.get(ExpressionKind.PROJECTION);
        return Optional.ofNullable(paths)
                .map(list -> new Projection(list.stream().map(attributes::resolve).toList()));
    }

    /** The UpdateExpression, if the request has one; the engine checks it against the table's key. */
    public Optional<Update> update() {
        ParsedUpdate update = (ParsedUpdate) parsed.get(ExpressionKind.UPDATE);
        return Optional.ofNullable(update).map(found -> new Update(found, attributes));
    }

    /**
     * The UpdateExpression, if the request has one, refused if it touches a key attribute ("Cannot update
     * attribute k. This attribute is part of the key").
     *
     * @param keyAttributeNames the table's key attribute names
     */
    public Optional<Update> update(Set<String> keyAttributeNames) {
        Optional<Update> update = update();
        update.ifPresent(found -> found.refuseKeyAttributes(keyAttributeNames));
        return update;
    }

    /** The KeyConditionExpression, if the request has one, to read against the key schema queried. */
    public Optional<KeyConditionExpression> keyCondition() {
        ParsedCondition keyCondition = (ParsedCondition) parsed.get(ExpressionKind.KEY_CONDITION);
        return Optional.ofNullable(keyCondition)
                .map(condition -> new KeyConditionExpression(condition.root(), attributes));
    }

    /**
     * The KeyConditionExpression checked against the key schema queried (the table's or an index's), if the
     * request has one.
     *
     * @param hashKeyName  the partition key attribute
     * @param rangeKeyName the sort key attribute, or {@code null} when the schema has none
     */
    public Optional<KeyCondition> keyCondition(String hashKeyName, String rangeKeyName) {
        return keyCondition().map(expression -> expression.forSchema(hashKeyName, rangeKeyName));
    }

    private Optional<Condition> conditionOf(ExpressionKind kind) {
        ParsedCondition condition = (ParsedCondition) parsed.get(kind);
        return Optional.ofNullable(condition).map(found -> new Condition(found.root(), attributes));
    }
}
