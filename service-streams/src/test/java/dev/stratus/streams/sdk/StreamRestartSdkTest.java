package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.Stratus;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** With a data directory, streams, their shards and their records survive a restart. */
class StreamRestartSdkTest {

    private static final String ACCOUNT = "123456789012";

    @TempDir
    Path dataDir;

    @Test
    void aStreamKeepsItsRecordsAndItsNumberingAcrossARestart() {
        String arn;
        try (Stratus first = start(); OtherCaller caller = caller(first)) {
            arn = Tables.create(caller.dynamo(), "Durable", StreamViewType.NEW_IMAGE).latestStreamArn();
            put(caller, "a");
            put(caller, "b");
        }

        try (Stratus second = start(); OtherCaller caller = caller(second)) {
            put(caller, "c");

            List<Record> records = StreamReading.firstShard(caller.streams(), arn);
            assertEquals(List.of("a", "b", "c"), records.stream().map(StreamReading::id).toList());
            assertTrue(new BigInteger(records.get(1).dynamodb().sequenceNumber())
                    .compareTo(new BigInteger(records.get(2).dynamodb().sequenceNumber())) < 0);
            assertEquals(List.of(arn), caller.streams().listStreams().streams().stream()
                    .map(Stream::streamArn).toList());
        }
    }

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString()).start();
    }

    private static OtherCaller caller(Stratus stratus) {
        return OtherCaller.in(stratus.endpoint(), ACCOUNT, Region.US_EAST_1);
    }

    private static void put(OtherCaller caller, String id) {
        caller.dynamo().putItem(request -> request.tableName("Durable").item(Map.of("Id", AttributeValue.fromS(id))));
    }
}
