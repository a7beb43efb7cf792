package dev.stratus.dynamodb.partiql;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plain DynamoDB request equivalent to a PartiQL statement: the operation ({@code Query}, {@code Scan},
 * {@code GetItem}, {@code PutItem}, {@code UpdateItem}, {@code DeleteItem}, or {@code ConditionCheck} within a
 * transaction) and its input as DynamoDB JSON, in
 * expression form.
 */
public record OperationRequest(String operation, ObjectNode body) {
}
