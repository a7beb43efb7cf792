package dev.stratus.lambda.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One statement of a function's resource policy, stored and rendered with AWS's member names and order.
 *
 * @param principal {@code "*"} or an object naming a {@code Service} or an {@code AWS} principal
 * @param condition the conditions AddPermission derived from its parameters, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
public record PolicyStatement(
        @JsonProperty("Sid") String sid,
        @JsonProperty("Effect") String effect,
        @JsonProperty("Principal") JsonNode principal,
        @JsonProperty("Action") String action,
        @JsonProperty("Resource") String resource,
        @JsonProperty("Condition") ObjectNode condition) {
}
