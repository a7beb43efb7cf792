package dev.stratus.dynamodb.expression;

/** The expression parameters of DynamoDB requests, in the order DynamoDB validates them. */
public enum ExpressionKind {
    UPDATE("UpdateExpression"),
    CONDITION("ConditionExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    FILTER("FilterExpression"),
    PROJECTION("ProjectionExpression");

    private final String parameter;

    ExpressionKind(String parameter) {
        this.parameter = parameter;
    }

    /** The request parameter's name, as messages show it. */
    public String parameter() {
        return parameter;
    }
}
