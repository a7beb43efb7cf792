package dev.stratus.lambda.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratus.lambda.LambdaErrors;
import java.util.regex.Pattern;

/** Turns an AddPermission request into the statement AWS writes into the policy, checking its members first. */
final class StatementBuilder {

    private static final String STATEMENT_ID = "([a-zA-Z0-9-_]+)";
    private static final String ACTION = "(lambda:[*]|lambda:[a-zA-Z]+|[*])";
    private static final String SOURCE_ACCOUNT = "\\d{12}";
    private static final String ORG_ID = "o-[a-z0-9]{10,32}";
    private static final String EVENT_SOURCE_TOKEN = "[a-zA-Z0-9._\\-]+";
    private static final String SOURCE_ARN = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StatementBuilder() {
    }

    static PolicyStatement build(PermissionGrant grant, String resource) {
        check(grant);
        return new PolicyStatement(grant.statementId(), "Allow", principal(grant.principal()), grant.action(), resource,
                condition(grant));
    }

    private static void check(PermissionGrant grant) {
        String sid = grant.statementId();
        if (sid.length() > 100) {
            throw LambdaErrors.validation("'" + sid + "'", "statementId", "Member must have length less than or equal to 100");
        }
        matches(sid, STATEMENT_ID, "statementId");
        matches(grant.action(), ACTION, "action");
        matches(grant.principal(), "[^\\s]+", "principal");
        matches(grant.sourceArn(), SOURCE_ARN, "sourceArn");
        matches(grant.sourceAccount(), SOURCE_ACCOUNT, "sourceAccount");
        matches(grant.principalOrgId(), ORG_ID, "principalOrgID");
        matches(grant.eventSourceToken(), EVENT_SOURCE_TOKEN, "eventSourceToken");
        String authType = grant.functionUrlAuthType();
        if (authType != null && !authType.equals("NONE") && !authType.equals("AWS_IAM")) {
            throw LambdaErrors.validation("'" + authType + "'", "functionUrlAuthType",
                    "Member must satisfy enum value set: [NONE, AWS_IAM]");
        }
    }

    private static void matches(String value, String pattern, String member) {
        if (value != null && !value.matches(pattern)) {
            throw LambdaErrors.validation("'" + value + "'", member,
                    "Member must satisfy regular expression pattern: " + pattern);
        }
    }

    /** {@code *}, an account (as its root ARN), an IAM ARN, or a service principal. */
    private static JsonNode principal(String principal) {
        if (principal.equals("*")) {
            return TextNode.valueOf(principal);
        }
        if (ACCOUNT.matcher(principal).matches()) {
            return NODES.objectNode().put("AWS", "arn:aws:iam::" + principal + ":root");
        }
        if (principal.startsWith("arn:aws:iam::")) {
            return NODES.objectNode().put("AWS", principal);
        }
        if (SERVICE.matcher(principal).matches()) {
            return NODES.objectNode().put("Service", principal);
        }
        throw LambdaErrors.invalidParameter("The provided principal was invalid. Please check the principal and try again.");
    }

    private static ObjectNode condition(PermissionGrant grant) {
        ObjectNode condition = NODES.objectNode();
        ObjectNode equals = NODES.objectNode();
        putIfPresent(equals, "AWS:SourceAccount", grant.sourceAccount());
        putIfPresent(equals, "aws:PrincipalOrgID", grant.principalOrgId());
        putIfPresent(equals, "lambda:EventSourceToken", grant.eventSourceToken());
        putIfPresent(equals, "lambda:FunctionUrlAuthType", grant.functionUrlAuthType());
        if (!equals.isEmpty()) {
            condition.set("StringEquals", equals);
        }
        if (grant.sourceArn() != null) {
            condition.putObject("ArnLike").put("AWS:SourceArn", grant.sourceArn());
        }
        if (grant.invokedViaFunctionUrl()) {
            condition.putObject("Bool").put("lambda:InvokedViaFunctionUrl", "true");
        }
        return condition.isEmpty() ? null : condition;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
