package dev.stratus.lambda.invoke.async;

import dev.stratus.lambda.function.FunctionLocator;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** A function as a destination: Lambda invokes it asynchronously with the invocation record as its event. */
@Singleton
public class FunctionDestination implements EventDestination {

    private final Provider<AsyncInvocations> queue;

    @Inject
    public FunctionDestination(Provider<AsyncInvocations> queue) {
        this.queue = queue;
    }

    @Override
    public boolean accepts(String destinationArn) {
        return destinationArn.matches("arn:aws[a-zA-Z-]*:lambda:[^:]+:\\d{12}:function:.+");
    }

    @Override
    public void send(String destinationArn, byte[] record) {
        queue.get().enqueue(FunctionLocator.fromArn(destinationArn), AsyncInvocations.newRequestId(), record, null);
    }
}
