package dev.stratus.lambda.layer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.rest.JsonMembers;

/** Reads and checks AddLayerVersionPermission's statement against the model's constraints, in its order. */
final class LayerPermissionRequest {

    private static final String STATEMENT_ID = "([a-zA-Z0-9-_]+)";
    private static final String ACTION = "lambda:GetLayerVersion";
    private static final String PRINCIPAL = "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root";
    private static final String ORGANIZATION_ID = "o-[a-z0-9]{10,32}";

    private LayerPermissionRequest() {
    }

    static LayerPolicy.Statement statement(JsonNode body) {
        String sid = required(body, "StatementId", "statementId");
        String action = required(body, "Action", "action");
        String principal = required(body, "Principal", "principal");
        String organizationId = JsonMembers.text(body, "OrganizationId");
        if (sid.length() > 100 || !sid.matches(STATEMENT_ID)) {
            throw pattern(sid, "statementId", STATEMENT_ID);
        }
        if (!action.matches(ACTION)) {
            throw pattern(action, "action", ACTION);
        }
        if (!principal.matches(PRINCIPAL)) {
            throw pattern(principal, "principal", PRINCIPAL);
        }
        if (organizationId != null && !organizationId.matches(ORGANIZATION_ID)) {
            throw pattern(organizationId, "organizationId", ORGANIZATION_ID);
        }
        return new LayerPolicy.Statement(sid, action, principal, organizationId);
    }

    private static String required(JsonNode body, String member, String name) {
        String value = JsonMembers.text(body, member);
        if (value == null) {
            throw LambdaErrors.validation("null", name, "Member must not be null");
        }
        return value;
    }

    private static RuntimeException pattern(String value, String name, String pattern) {
        return LambdaErrors.validation("'" + value + "'", name, "Member must satisfy regular expression pattern: " + pattern);
    }
}
