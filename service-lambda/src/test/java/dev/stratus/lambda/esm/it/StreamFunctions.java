package dev.stratus.lambda.esm.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestZips;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Tables with streams and real Node.js functions for event source mapping tests. Each function appends every
 * event it receives to a file (one JSON line each), which the test reads: the most direct observable of what
 * the function was given. What the function answers is chosen by its MODE environment variable.
 */
final class StreamFunctions {

    /**
     * The handler. Modes: {@code ok} returns nothing; {@code fail-on-poison} throws when a record's value starts
     * with "poison"; {@code report-first-poison} reports a record whose value starts with "flaky" as failed the
     * first time it sees it; {@code count} keeps a tumbling window count in its state.
     */
    private static final String HANDLER = """
            const fs = require('fs');
            const seen = new Set();
            const valueOf = r => (r.dynamodb.NewImage && r.dynamodb.NewImage.value) ? r.dynamodb.NewImage.value.S : '';
            exports.handler = async (event) => {
              fs.appendFileSync(process.env.EVENTS_FILE, JSON.stringify({ at: Date.now(), event }) + '\\n');
              const records = event.Records || [];
              switch (process.env.MODE) {
                case 'fail-on-poison':
                  if (records.some(r => valueOf(r).startsWith('poison'))) throw new Error('poison record');
                  return null;
                case 'report-first-poison': {
                  const failures = records
                    .filter(r => valueOf(r).startsWith('flaky') && !seen.has(r.dynamodb.SequenceNumber))
                    .map(r => { seen.add(r.dynamodb.SequenceNumber); return { itemIdentifier: r.dynamodb.SequenceNumber }; });
                  return { batchItemFailures: failures };
                }
                case 'count':
                  return { state: { count: ((event.state && event.state.count) || 0) + records.length } };
                default:
                  return null;
              }
            };
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamFunctions() {
    }

    /** Creates a table keyed by {@code pk} with a NEW_AND_OLD_IMAGES stream; returns the stream's ARN. */
    static String tableWithStream(DynamoDbClient dynamo, String table) {
        return dynamo.createTable(b -> b.tableName(table)
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
                .tableDescription().latestStreamArn();
    }

    static void put(DynamoDbClient dynamo, String table, String key, String value) {
        dynamo.putItem(b -> b.tableName(table).item(Map.of(
                "pk", AttributeValue.fromS(key), "value", AttributeValue.fromS(value))));
    }

    /** Creates a Node.js function that records its events in {@code eventsFile}; returns its ARN. */
    static String recordingFunction(LambdaClient lambda, String name, String mode, Path eventsFile) {
        return lambda.createFunction(b -> b.functionName(name)
                        .runtime(Runtime.NODEJS20_X)
                        .handler("index.handler")
                        .role("arn:aws:iam::000000000000:role/lambda-role")
                        .timeout(10)
                        .environment(e -> e.variables(Map.of("EVENTS_FILE", eventsFile.toString(), "MODE", mode)))
                        .code(c -> c.zipFile(SdkBytes.fromByteArray(TestZips.of("index.js", HANDLER)))))
                .functionArn();
    }

    /** The events the function received so far, in order. */
    static List<JsonNode> events(Path eventsFile) {
        return received(eventsFile).stream().map(line -> line.path("event")).toList();
    }

    private static List<JsonNode> received(Path eventsFile) {
        if (!Files.exists(eventsFile)) {
            return List.of();
        }
        try {
            List<JsonNode> events = new ArrayList<>();
            for (String line : Files.readAllLines(eventsFile)) {
                if (!line.isBlank()) {
                    events.add(JSON.readTree(line));
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code value} attribute of every record received, in the order received. */
    static List<String> values(Path eventsFile) {
        List<String> values = new ArrayList<>();
        for (JsonNode event : events(eventsFile)) {
            event.path("Records").forEach(r -> values.add(r.path("dynamodb").path("NewImage").path("value").path("S").asText()));
        }
        return values;
    }

    static List<Integer> batchSizes(Path eventsFile) {
        return events(eventsFile).stream().map(event -> event.path("Records").size()).toList();
    }
}
