package dev.stratus.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.spi.time.ManualScheduler;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.streams.consumer.ConsumerRegistry;
import dev.stratus.streams.maintenance.StreamMaintenance;
import dev.stratus.streams.operation.StreamsOperations;
import dev.stratus.streams.read.ShardReader;
import dev.stratus.streams.read.StreamEngine;
import dev.stratus.streams.stream.Retention;
import dev.stratus.streams.stream.StreamCatalog;
import dev.stratus.streams.stream.StreamChangeListener;
import dev.stratus.streams.stream.StreamStore;
import dev.stratus.streams.stream.StreamsSettings;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The streams engine wired by hand over in-memory storage and a movable clock, fed the way DynamoDB feeds it:
 * table and item changes through the listener, each in a batch that is then committed.
 */
public final class StreamsHarness {

    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "us-east-1";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    public final ObjectMapper json = new ObjectMapper();
    public final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final Storage storage;
    public final StreamsSettings settings;
    public final ConsumerRegistry consumers = new ConsumerRegistry();
    public final StreamStore store;
    public final StreamCatalog catalog;
    public final StreamChangeListener listener;
    public final StreamEngine reader;
    public final StreamsOperations operations;
    public final StreamMaintenance maintenance;

    public StreamsHarness() {
        this(new InMemoryStorage(),
                new StreamsSettings(Duration.ofHours(4), Duration.ofHours(24), OptionalLong.empty()));
    }

    public StreamsHarness(Storage storage, StreamsSettings settings) {
        this.storage = storage;
        this.settings = settings;
        this.store = new StreamStore(storage);
        this.catalog = new StreamCatalog(store, consumers);
        this.listener = new StreamChangeListener(catalog, store, consumers, settings);
        ShardReader shardReader = new ShardReader(store);
        this.reader = new StreamEngine(catalog, shardReader);
        this.operations = new StreamsOperations(catalog, shardReader, clock);
        this.maintenance = new StreamMaintenance(catalog, new Retention(store, catalog), settings, clock,
                new ManualScheduler(clock));
    }

    /** Another engine over the same storage, as after a restart. */
    public StreamsHarness restarted() {
        StreamsHarness again = new StreamsHarness(storage, settings);
        again.clock.advance(Duration.between(again.clock.instant(), clock.instant()));
        return again;
    }

    public String createTable(String table, String viewType) {
        return createTable(ACCOUNT, REGION, table, viewType);
    }

    /** Creates a table with a stream of {@code viewType} (or none when null); returns the stream ARN or null. */
    public String createTable(String account, String region, String table, String viewType) {
        TableChange.StreamSpec stream = viewType == null ? null : newStream(account, region, table, viewType);
        tableChange(new TableChange(TableChange.Kind.CREATED, account, region, table, keySchema(), stream,
                clock.instant()));
        return stream == null ? null : stream.streamArn();
    }

    public String enableStream(String table, String viewType) {
        TableChange.StreamSpec stream = newStream(ACCOUNT, REGION, table, viewType);
        tableChange(new TableChange(TableChange.Kind.STREAM_ENABLED, ACCOUNT, REGION, table, keySchema(), stream,
                clock.instant()));
        return stream.streamArn();
    }

    public void disableStream(String table, String streamArn) {
        tableChange(new TableChange(TableChange.Kind.STREAM_DISABLED, ACCOUNT, REGION, table, keySchema(),
                new TableChange.StreamSpec(streamArn, streamArn.substring(streamArn.lastIndexOf('/') + 1), "KEYS_ONLY"),
                clock.instant()));
    }

    public void deleteTable(String table) {
        tableChange(new TableChange(TableChange.Kind.DELETED, ACCOUNT, REGION, table, keySchema(), null,
                clock.instant()));
    }

    public void insert(String table, String id, String value) {
        change(ACCOUNT, REGION, table, ChangeType.INSERT, null, item(id, value), null);
    }

    public void modify(String table, String id, String oldValue, String newValue) {
        change(ACCOUNT, REGION, table, ChangeType.MODIFY, item(id, oldValue), item(id, newValue), null);
    }

    public void remove(String table, String id, String oldValue) {
        change(ACCOUNT, REGION, table, ChangeType.REMOVE, item(id, oldValue), null, null);
    }

    public void expire(String table, String id, String oldValue) {
        change(ACCOUNT, REGION, table, ChangeType.REMOVE, item(id, oldValue), null,
                ItemChange.UserIdentity.timeToLive());
    }

    public void change(String account, String region, String table, ChangeType type,
                       Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage,
                       ItemChange.UserIdentity identity) {
        Map<String, AttributeValue> image = newImage != null ? newImage : oldImage;
        Map<String, AttributeValue> keys = Map.of("Id", image.get("Id"));
        WriteBatch batch = new WriteBatch();
        listener.onItemChange(new ItemChange(account, region, table, type, keys, oldImage, newImage, 10,
                oldImage == null ? 0 : 20, newImage == null ? 0 : 30, clock.instant(), identity), batch);
        storage.commit(batch);
    }

    public Map<String, AttributeValue> item(String id, String value) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("Id", new AttributeValue.S(id));
        item.put("Value", new AttributeValue.S(value));
        return item;
    }

    public RequestContext context() {
        return context(ACCOUNT, REGION);
    }

    public RequestContext context(String account, String region) {
        return new RequestContext("request-1", account, region, "dynamodbstreams", "", clock.instant(), account);
    }

    private void tableChange(TableChange change) {
        WriteBatch batch = new WriteBatch();
        listener.onTableChange(change, batch);
        storage.commit(batch);
    }

    private TableChange.StreamSpec newStream(String account, String region, String table, String viewType) {
        clock.advance(Duration.ofMillis(1));
        String label = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(LABEL);
        return new TableChange.StreamSpec("arn:aws:dynamodb:" + region + ":" + account + ":table/" + table
                + "/stream/" + label, label, viewType);
    }

    private static List<TableChange.KeyAttribute> keySchema() {
        return List.of(new TableChange.KeyAttribute("Id", "HASH"));
    }
}
