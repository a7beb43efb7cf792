package dev.stratus.lambda.invoke.async;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventDestination;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.function.FunctionRepository;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;

/** A function as a destination: Lambda invokes it asynchronously with the invocation record as its event. */
@Singleton
public class FunctionDestination implements EventDestination {

    private final Provider<AsyncInvocations> queue;
    private final FunctionRepository functions;
    private final ObjectMapper mapper;

    @Inject
    public FunctionDestination(Provider<AsyncInvocations> queue, FunctionRepository functions, ObjectMapper mapper) {
        this.queue = queue;
        this.functions = functions;
        this.mapper = mapper;
    }

    @Override
    public boolean owns(String destinationArn) {
        return destinationArn.matches("arn:aws[a-zA-Z-]*:lambda:[^:]+:\\d{12}:function:.+");
    }

    @Override
    public boolean exists(String destinationArn) {
        return functions.function(FunctionLocator.fromArn(destinationArn).unqualified()).isPresent();
    }

    @Override
    public void send(String destinationArn, ObjectNode record) {
        if (!exists(destinationArn)) {
            throw new IllegalArgumentException("The destination function " + destinationArn + " does not exist");
        }
        try {
            queue.get().enqueue(FunctionLocator.fromArn(destinationArn), AsyncInvocations.newRequestId(),
                    mapper.writeValueAsBytes(record), null);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
