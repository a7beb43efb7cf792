package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.InvocationRequest;
import java.util.concurrent.CompletableFuture;

/** An invocation handed to an environment's runtime: it is picked up by {@code next}, then answered. */
final class Invocation {

    /** Handed to a waiting {@code next} when the environment stops. */
    static final Invocation NONE = new Invocation(null);

    private final InvocationRequest request;
    /** Completes with the {@link System#nanoTime()} at which the runtime took the invocation. */
    private final CompletableFuture<Long> pickedUp = new CompletableFuture<>();
    private final CompletableFuture<RuntimeOutcome> outcome = new CompletableFuture<>();
    /** Completes when the runtime is done with the invocation: it asks for the next one, or it is gone. */
    private final CompletableFuture<Void> released = new CompletableFuture<>();

    Invocation(InvocationRequest request) {
        this.request = request;
    }

    InvocationRequest request() {
        return request;
    }

    String requestId() {
        return request.requestId();
    }

    CompletableFuture<Long> pickedUp() {
        return pickedUp;
    }

    CompletableFuture<RuntimeOutcome> outcome() {
        return outcome;
    }

    CompletableFuture<Void> released() {
        return released;
    }

    void pickUp() {
        pickedUp.complete(System.nanoTime());
    }

    void release() {
        released.complete(null);
    }

    /** Ends the invocation; the first outcome wins. */
    void finish(RuntimeOutcome result) {
        pickedUp.complete(System.nanoTime());
        outcome.complete(result);
    }
}
