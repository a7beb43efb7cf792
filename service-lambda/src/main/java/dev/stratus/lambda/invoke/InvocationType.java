package dev.stratus.lambda.invoke;

import dev.stratus.lambda.LambdaErrors;

/** How Invoke runs the function: waiting for it, queueing it, or only checking the request. */
public enum InvocationType {
    REQUEST_RESPONSE("RequestResponse"),
    EVENT("Event"),
    DRY_RUN("DryRun");

    private final String wireName;

    InvocationType(String wireName) {
        this.wireName = wireName;
    }

    /** The type named by the {@code X-Amz-Invocation-Type} header; {@code RequestResponse} when absent. */
    public static InvocationType fromHeader(String value) {
        if (value == null) {
            return REQUEST_RESPONSE;
        }
        for (InvocationType type : values()) {
            if (type.wireName.equals(value)) {
                return type;
            }
        }
        throw LambdaErrors.validation("'" + value + "'", "invocationType",
                "Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
    }
}
