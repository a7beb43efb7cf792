package dev.stratus.sqs.permission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.SqsErrors;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A queue's access policy as AddPermission and RemovePermission edit it: one statement per label (its
 * {@code Sid}), allowing the named accounts the named SQS actions on the queue, in the document AWS writes
 * into the queue's {@code Policy} attribute.
 */
public final class QueuePolicy {

    /** The actions another account may be granted. */
    private static final Set<String> GRANTABLE = Set.of("*", "SendMessage", "ReceiveMessage", "DeleteMessage",
            "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues",
            "PurgeQueue", "ListQueueTags");
    /** The actions only the queue's owner may call. */
    private static final Set<String> OWNER_ONLY = Set.of("AddPermission", "RemovePermission", "CreateQueue",
            "DeleteQueue", "ListQueues", "SetQueueAttributes", "TagQueue", "UntagQueue");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final ObjectMapper mapper;

    public QueuePolicy(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Checks a permission as AWS does, in AWS's order; {@code label} and the lists may be missing. */
    public static void validate(String label, List<String> accountIds, List<String> actions) {
        if (label == null || label.isEmpty()) {
            throw SqsErrors.missingParameter("Label");
        }
        if (actions.isEmpty()) {
            throw SqsErrors.missingParameter("ActionName");
        }
        for (String action : actions) {
            if (OWNER_ONLY.contains(action)) {
                throw invalidAction(action, "Only the queue owner is allowed to invoke this action.");
            }
            if (!GRANTABLE.contains(action)) {
                throw invalidAction(action, "Please refer to the appropriate WSDL for a list of valid actions.");
            }
        }
        if (accountIds.isEmpty()) {
            throw SqsErrors.missingParameter("AWSAccountIds");
        }
        if (!LABEL.matcher(label).matches()) {
            throw invalidLabel(label, "Label can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length.");
        }
    }

    /** The policy ({@code null} or empty: none) with a statement for {@code label} added. */
    public String withStatement(String policy, String queueArn, String label, List<String> accountIds,
                                List<String> actions) {
        ObjectNode document = parse(policy, queueArn);
        ArrayNode statements = (ArrayNode) document.get("Statement");
        if (indexOf(statements, label) >= 0) {
            throw invalidLabel(label, "Already exists.");
        }
        ObjectNode statement = statements.addObject().put("Sid", label).put("Effect", "Allow");
        statement.putObject("Principal").set("AWS",
                oneOrMany(accountIds.stream().map(account -> "arn:aws:iam::" + account + ":root").toList()));
        statement.set("Action", oneOrMany(actions.stream().map(action -> "SQS:" + action).toList()));
        statement.put("Resource", queueArn);
        return write(document);
    }

    /** The policy without the statement for {@code label}; the empty string when no statement is left. */
    public String withoutStatement(String policy, String queueArn, String label) {
        ObjectNode document = parse(policy, queueArn);
        ArrayNode statements = (ArrayNode) document.get("Statement");
        int index = indexOf(statements, label);
        if (index < 0) {
            throw invalidLabel(label, "can't find label on existing policy.");
        }
        statements.remove(index);
        return statements.isEmpty() ? "" : write(document);
    }

    private ObjectNode parse(String policy, String queueArn) {
        ObjectNode document = null;
        if (policy != null && !policy.isEmpty()) {
            try {
                JsonNode parsed = mapper.readTree(policy);
                document = parsed.isObject() ? (ObjectNode) parsed : null;
            } catch (JsonProcessingException e) {
                document = null;
            }
        }
        if (document == null) {
            document = mapper.createObjectNode().put("Version", "2012-10-17")
                    .put("Id", queueArn + "/SQSDefaultPolicy");
        }
        JsonNode statements = document.get("Statement");
        if (statements == null || !statements.isArray()) {
            ArrayNode list = mapper.createArrayNode();
            if (statements != null && statements.isObject()) {
                list.add(statements);
            }
            document.set("Statement", list);
        }
        return document;
    }

    private static int indexOf(ArrayNode statements, String label) {
        for (int i = 0; i < statements.size(); i++) {
            if (label.equals(statements.get(i).path("Sid").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    private JsonNode oneOrMany(List<String> values) {
        if (values.size() == 1) {
            return mapper.getNodeFactory().textNode(values.get(0));
        }
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private String write(ObjectNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException invalidAction(String action, String reason) {
        return SqsErrors.invalidParameterValue("Value SQS:" + action + " for parameter ActionName is invalid. Reason: "
                + reason);
    }

    private static RuntimeException invalidLabel(String label, String reason) {
        return SqsErrors.invalidParameterValue("Value " + label + " for parameter Label is invalid. Reason: " + reason);
    }
}
