package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls the DynamoDB Streams API in-process, as one account in one region, the way an SDK would over HTTP. */
final class StreamsClient {

    static final String SERVICE = "dynamodbstreams";
    private static final String TARGET_PREFIX = "DynamoDBStreams_20120810.";

    private final ServiceHandler handler;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String accountId;
    private final String region;

    StreamsClient(ServiceHandler handler, ObjectMapper mapper, Clock clock, String accountId, String region) {
        this.handler = handler;
        this.mapper = mapper;
        this.clock = clock;
        this.accountId = accountId;
        this.region = region;
    }

    /** The answer to {@code operation}: its status and JSON body. */
    Answer call(String operation, ObjectNode input) {
        try {
            ServiceRequest request = new ServiceRequest("POST", "/", Map.of(), Map.of(
                    "x-amz-target", TARGET_PREFIX + operation, "content-type", "application/x-amz-json-1.0"),
                    mapper.writeValueAsBytes(input));
            RequestContext context = new RequestContext(UUID.randomUUID().toString(), accountId, region, SERVICE,
                    operation, clock.instant(), accountId);
            ServiceResponse response = handler.handle(request, context);
            JsonNode body = response.body().length == 0 ? mapper.createObjectNode() : mapper.readTree(response.body());
            return new Answer(response.status(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode input() {
        return mapper.createObjectNode();
    }

    /** The shards of {@code streamArn}, all of them (DescribeStream pages followed). */
    List<JsonNode> shards(String streamArn) {
        List<JsonNode> shards = new ArrayList<>();
        String after = null;
        do {
            ObjectNode input = input().put("StreamArn", streamArn);
            if (after != null) {
                input.put("ExclusiveStartShardId", after);
            }
            Answer answer = call("DescribeStream", input);
            if (!answer.ok()) {
                throw new StreamsFailure(answer);
            }
            JsonNode description = answer.body().path("StreamDescription");
            description.path("Shards").forEach(shards::add);
            after = description.path("LastEvaluatedShardId").asText(null);
        } while (after != null);
        return shards;
    }

    /** A status and a JSON body. */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status == 200;
        }
    }

    /** An error answer of the Streams API, passed on to the page as it came. */
    static final class StreamsFailure extends RuntimeException {
        private final transient Answer answer;

        StreamsFailure(Answer answer) {
            super(answer.body().path("message").asText("DynamoDB Streams answered " + answer.status()));
            this.answer = answer;
        }

        Answer answer() {
            return answer;
        }
    }
}
