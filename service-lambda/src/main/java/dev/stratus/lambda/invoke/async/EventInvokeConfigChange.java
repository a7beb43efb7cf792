package dev.stratus.lambda.invoke.async;

import dev.stratus.lambda.function.EventInvokeConfig;

/**
 * The members a PutFunctionEventInvokeConfig or UpdateFunctionEventInvokeConfig request sets; {@code null}
 * members are left as they are (Put starts from an empty config). A destination set to the empty string is
 * removed.
 */
public record EventInvokeConfigChange(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds,
                                      String onSuccess, String onFailure) {

    EventInvokeConfig applyTo(EventInvokeConfig base, long now) {
        return new EventInvokeConfig(base.qualifier(),
                maximumRetryAttempts != null ? maximumRetryAttempts : base.maximumRetryAttempts(),
                maximumEventAgeInSeconds != null ? maximumEventAgeInSeconds : base.maximumEventAgeInSeconds(),
                destination(onSuccess, base.onSuccess()),
                destination(onFailure, base.onFailure()),
                now);
    }

    private static String destination(String change, String current) {
        if (change == null) {
            return current;
        }
        return change.isEmpty() ? null : change;
    }
}
