package dev.stratus.benchmarks.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.benchmarks.load.HttpRequests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The raw HTTP requests of the Lambda benchmarks: Lambda's REST operations and the few DynamoDB calls they need. */
final class LambdaRequests {

    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=000000000000/20251125/us-east-1/%s/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, Signature=" + "0".repeat(64);
    private static final String ROLE = "arn:aws:iam::000000000000:role/bench-lambda";
    private static final String FUNCTIONS = "/2015-03-31/functions";
    private static final String MAPPINGS = "/2015-03-31/event-source-mappings";

    private final String host;
    private final int port;
    private final ObjectMapper mapper = new ObjectMapper();

    LambdaRequests(String host, int port) {
        this.host = host;
        this.port = port;
    }

    byte[] createFunction(String name, FunctionCode code, Map<String, String> environment) {
        ObjectNode body = mapper.createObjectNode().put("FunctionName", name).put("Runtime", code.runtime())
                .put("Handler", code.handler()).put("Role", ROLE).put("Timeout", 30).put("MemorySize", 256);
        body.putObject("Code").put("ZipFile", code.zipBase64());
        environment(body, environment);
        return lambda("POST", FUNCTIONS, body.toString());
    }

    byte[] updateEnvironment(String name, Map<String, String> environment) {
        ObjectNode body = mapper.createObjectNode();
        environment(body, environment);
        return lambda("PUT", FUNCTIONS + "/" + name + "/configuration", body.toString());
    }

    /** A synchronous ({@code RequestResponse}) invoke. */
    byte[] invoke(String name, String payload) {
        return lambda("POST", FUNCTIONS + "/" + name + "/invocations", payload);
    }

    byte[] createMapping(String function, String streamArn, int batchSize) {
        return lambda("POST", MAPPINGS, mapper.createObjectNode().put("FunctionName", function)
                .put("EventSourceArn", streamArn).put("StartingPosition", "LATEST").put("BatchSize", batchSize)
                .put("MaximumBatchingWindowInSeconds", 0).toString());
    }

    byte[] enableMapping(String uuid, boolean enabled) {
        return lambda("PUT", MAPPINGS + "/" + uuid, mapper.createObjectNode().put("Enabled", enabled).toString());
    }

    byte[] getMapping(String uuid) {
        return rest("GET", MAPPINGS + "/" + uuid, "", "lambda");
    }

    /** A table keyed by the string {@code pk}, on demand, with a NEW_IMAGE stream. */
    byte[] createStreamedTable(String table) {
        ObjectNode body = mapper.createObjectNode().put("TableName", table).put("BillingMode", "PAY_PER_REQUEST");
        body.putArray("AttributeDefinitions").addObject().put("AttributeName", "pk").put("AttributeType", "S");
        body.putArray("KeySchema").addObject().put("AttributeName", "pk").put("KeyType", "HASH");
        body.putObject("StreamSpecification").put("StreamEnabled", true).put("StreamViewType", "NEW_IMAGE");
        return dynamo("CreateTable", body.toString());
    }

    byte[] putItem(String table, String key) {
        ObjectNode body = mapper.createObjectNode().put("TableName", table);
        item(body.putObject("Item"), key);
        return dynamo("PutItem", body.toString());
    }

    /** One BatchWriteItem of up to 25 puts. */
    byte[] batchPut(String table, List<String> keys) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode writes = body.putObject("RequestItems").putArray(table);
        keys.forEach(key -> item(writes.addObject().putObject("PutRequest").putObject("Item"), key));
        return dynamo("BatchWriteItem", body.toString());
    }

    private static void item(ObjectNode item, String key) {
        item.putObject("pk").put("S", key);
        item.putObject("payload").put("S", "x".repeat(100));
    }

    private static void environment(ObjectNode body, Map<String, String> variables) {
        ObjectNode target = body.putObject("Environment").putObject("Variables");
        variables.forEach(target::put);
    }

    private byte[] dynamo(String operation, String body) {
        return HttpRequests.awsJson10(host, port, "dynamodb", "DynamoDB_20120810." + operation, body);
    }

    private byte[] lambda(String method, String path, String body) {
        return rest(method, path, body, "lambda");
    }

    private byte[] rest(String method, String path, String body, String signingName) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + "Content-Type: application/json\r\nX-Amz-Date: 20251125T090000Z\r\n"
                + "Authorization: " + String.format(AUTHORIZATION, signingName) + "\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
        return request;
    }
}
