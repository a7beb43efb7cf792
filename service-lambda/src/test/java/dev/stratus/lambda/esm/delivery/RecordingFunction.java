package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.lambda.runtime.InvocationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A function that records every event it receives and answers as its behaviour says. */
public final class RecordingFunction implements FunctionDirectory {

    static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:recorder";

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, InvocationResult> behaviour = event -> ok("null");

    static InvocationResult ok(String response) {
        return new InvocationResult(response.getBytes(StandardCharsets.UTF_8), null, "", Duration.ZERO);
    }

    public static InvocationResult error() {
        return new InvocationResult("{\"errorMessage\":\"boom\",\"errorType\":\"Error\"}".getBytes(StandardCharsets.UTF_8),
                "Unhandled", "", Duration.ZERO);
    }

    public void behaveAs(Function<JsonNode, InvocationResult> newBehaviour) {
        behaviour = newBehaviour;
    }

    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    /** The {@code value} attribute of every record delivered, in delivery order. */
    public List<String> deliveredValues() {
        List<String> values = new ArrayList<>();
        for (JsonNode event : events) {
            event.path("Records").forEach(record -> values.add(record.path("dynamodb").path("NewImage").path("value").path("S").asText()));
        }
        return values;
    }

    List<Integer> batchSizes() {
        return events.stream().map(event -> event.path("Records").size()).toList();
    }

    @Override
    public Optional<String> resolve(String accountId, String region, String functionNameOrArn) {
        if (functionNameOrArn.equals("missing")) {
            return Optional.empty();
        }
        return Optional.of(functionNameOrArn.startsWith("arn:") ? functionNameOrArn
                : "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionNameOrArn);
    }

    @Override
    public InvocationResult invoke(String functionArn, byte[] payload) {
        JsonNode event;
        try {
            event = mapper.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.add(event);
        return behaviour.apply(event);
    }
}
