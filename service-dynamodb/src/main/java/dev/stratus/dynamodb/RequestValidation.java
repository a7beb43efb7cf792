package dev.stratus.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.protocol.model.ModelValidator;
import dev.stratus.spi.protocol.model.ServiceModel;
import java.util.List;

/**
 * Checks each DynamoDB request against the constraints of DynamoDB's API model (shipped with Stratus, see
 * {@code model/NOTICE}) before any semantic check, and refuses it as AWS does: every violation in one
 * {@code ValidationException}. The amendments below are where DynamoDB's live front end differs from the
 * published model; everything else comes from the model.
 */
public final class RequestValidation {

    private RequestValidation() {
    }

    /** Refuses {@code input} to {@code operation} with AWS's ValidationException if it breaks the model. */
    public static void check(String operation, JsonNode input) {
        List<String> violations = Validator.INSTANCE.violations(operation, input);
        if (!violations.isEmpty()) {
            throw DynamoDbErrors.constraintViolations(violations);
        }
    }

    /** A violation of a limit the model does not state, worded as the model's violations are. */
    public static String violation(String shape, JsonNode value, String path, String constraint) {
        return Validator.INSTANCE.violation(shape, value, path, constraint);
    }

    /** Read once, on the first request. */
    private static final class Validator {
        static final ModelValidator INSTANCE = ModelValidator.builder(
                        ServiceModel.fromResource(RequestValidation.class, "model/service-2.json"))
                // A table name where the model allows an ARN is checked as a table name; AWS lists the values of
                // some enums in an order of its own.
                .substitute("TableArn", value -> !value.asText().startsWith("arn:"), "TableName")
                .alsoRequired("CreateTableInput", "AttributeDefinitions", "KeySchema")
                .enumWording("ComparisonOperator", List.of("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT",
                        "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"))
                .enumWording("ConditionalOperator", List.of("OR", "AND"))
                .enumWording("ReturnValue", List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"))
                .enumWording("Select", List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES",
                        "ALL_PROJECTED_ATTRIBUTES"))
                .enumWording("AttributeAction", List.of("ADD", "PUT", "DELETE"))
                .build();
    }
}
