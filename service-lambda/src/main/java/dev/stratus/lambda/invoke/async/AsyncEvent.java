package dev.stratus.lambda.invoke.async;

/**
 * An Event invocation waiting in the queue, as stored.
 *
 * @param id            the event's key in the queue, ordered by arrival
 * @param functionArn   the function as invoked, with the qualifier when one was given
 * @param requestId     the Invoke request's id, which every attempt runs with
 * @param payload       the event
 * @param clientContext the decoded client context, or {@code null}
 * @param enqueuedAt    when Lambda accepted it, in epoch milliseconds
 * @param attempts      how many attempts ran so far
 * @param throttles     how many times in a row it could not run for want of concurrency (not an attempt)
 */
public record AsyncEvent(String id, String functionArn, String requestId, byte[] payload, String clientContext,
                         long enqueuedAt, int attempts, int throttles) {

    AsyncEvent attempted() {
        return new AsyncEvent(id, functionArn, requestId, payload, clientContext, enqueuedAt, attempts + 1, 0);
    }

    AsyncEvent throttled() {
        return new AsyncEvent(id, functionArn, requestId, payload, clientContext, enqueuedAt, attempts, throttles + 1);
    }
}
