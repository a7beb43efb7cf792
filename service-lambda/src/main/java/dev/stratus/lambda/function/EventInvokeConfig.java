package dev.stratus.lambda.function;

/**
 * How Lambda handles Event invocations of one function, version or alias, as stored.
 *
 * @param qualifier                {@code $LATEST}, a version number or an alias name
 * @param maximumRetryAttempts     retries after a failed attempt (0 to 2), or {@code null} for Lambda's two
 * @param maximumEventAgeInSeconds how long an event may wait (60 to 21600), or {@code null} for six hours
 * @param onSuccess                where the record of a successful invocation goes, or {@code null}
 * @param onFailure                where the record of a discarded event goes, or {@code null}
 * @param lastModified             when it last changed, in epoch milliseconds
 */
public record EventInvokeConfig(
        String qualifier,
        Integer maximumRetryAttempts,
        Integer maximumEventAgeInSeconds,
        String onSuccess,
        String onFailure,
        long lastModified) {
}
