package dev.stratus.dynamodb.protocol.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.OperationGroup;
import dev.stratus.dynamodb.policy.PolicyOperations;
import dev.stratus.dynamodb.policy.ResourcePolicy;
import dev.stratus.dynamodb.protocol.JsonInput;
import dev.stratus.spi.protocol.JsonOperation;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** The resource-based policy operations as JSON, run by {@link PolicyOperations}. */
@Singleton
public final class PolicyJsonOperations implements OperationGroup {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PolicyOperations policies;

    @Inject
    public PolicyJsonOperations(PolicyOperations policies) {
        this.policies = policies;
    }

    @Override
    public Map<String, JsonOperation> operations() {
        return Map.of(
                "PutResourcePolicy", (input, context) -> revision(Optional.of(policies.putResourcePolicy(
                        resourceArn(input), JsonInput.text(input, "Policy"), expectedRevision(input), context))),
                "GetResourcePolicy", (input, context) -> {
                    ResourcePolicy policy = policies.getResourcePolicy(resourceArn(input), context);
                    return JSON.objectNode().put("Policy", policy.document()).put("RevisionId", policy.revisionId());
                },
                "DeleteResourcePolicy", (input, context) -> revision(
                        policies.deleteResourcePolicy(resourceArn(input), expectedRevision(input), context)));
    }

    private static JsonNode revision(Optional<String> revisionId) {
        ObjectNode output = JSON.objectNode();
        revisionId.ifPresent(revision -> output.put("RevisionId", revision));
        return output;
    }

    private static String resourceArn(JsonNode input) {
        return JsonInput.text(input, "ResourceArn");
    }

    private static String expectedRevision(JsonNode input) {
        return JsonInput.text(input, "ExpectedRevisionId");
    }
}
