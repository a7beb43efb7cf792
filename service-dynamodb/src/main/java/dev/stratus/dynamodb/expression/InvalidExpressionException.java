package dev.stratus.dynamodb.expression;

/**
 * A mistake found in one expression, worded as DynamoDB words it after the {@code Invalid <Kind>Expression: }
 * prefix, which the caller adds because it knows which expression it was.
 */
final class InvalidExpressionException extends RuntimeException {

    InvalidExpressionException(String detail) {
        super(detail, null, false, false);
    }
}
