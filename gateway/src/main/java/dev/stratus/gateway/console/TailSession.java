package dev.stratus.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * One page's live view of a stream, as server-sent events: every shard open when the page subscribed is followed
 * from its end, every shard opened later from its start; each record goes out as a {@code record} event in the
 * form GetRecords returns it. The page polls nothing: the session reads the shards through the Streams API and
 * writes what it finds. It ends when the page goes away or the stream does.
 */
final class TailSession implements Runnable {

    /** Ticks between two looks for new shards, and between two keep-alive comments. */
    private static final int DISCOVER_EVERY = 10;
    private static final int HEARTBEAT_EVERY = 50;

    private final StreamsClient streams;
    private final String streamArn;
    private final ObjectMapper mapper;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Set<String> knownShards = new HashSet<>();
    private ScheduledFuture<?> schedule;
    private long ticks;
    private boolean ended;

    TailSession(StreamsClient streams, String streamArn, ObjectMapper mapper, Response response, Callback callback) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.mapper = mapper;
        this.response = response;
        this.callback = callback;
    }

    /** Finds the shards (an error of the Streams API is thrown before anything is written), then starts following. */
    void begin(ScheduledExecutorService timer, Duration every) throws IOException {
        for (JsonNode shard : streams.shards(streamArn)) {
            String shardId = shard.path("ShardId").asText();
            knownShards.add(shardId);
            if (shard.path("SequenceNumberRange").path("EndingSequenceNumber").isMissingNode()) {
                follow(shardId, "LATEST");
            }
        }
        response.setStatus(200);
        response.getHeaders().put("Content-Type", "text/event-stream; charset=utf-8");
        response.getHeaders().put("Cache-Control", "no-cache");
        synchronized (this) {
            send("ready", mapper.createObjectNode().put("streamArn", streamArn).put("shards", knownShards.size()));
            schedule = timer.scheduleWithFixedDelay(this, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void run() {
        if (ended) {
            return;
        }
        ticks++;
        try {
            if (ticks % DISCOVER_EVERY == 0) {
                discover();
            }
            readAll();
            if (ticks % HEARTBEAT_EVERY == 0) {
                write(": keep-alive\n\n");
            }
        } catch (StreamsClient.StreamsFailure e) {
            endWithError(e);
        } catch (IOException | RuntimeException e) {
            end(e);
        }
    }

    private void discover() {
        for (JsonNode shard : streams.shards(streamArn)) {
            String shardId = shard.path("ShardId").asText();
            if (knownShards.add(shardId)) {
                follow(shardId, "TRIM_HORIZON");
            }
        }
    }

    private void follow(String shardId, String position) {
        ObjectNode input = streams.input().put("StreamArn", streamArn).put("ShardId", shardId)
                .put("ShardIteratorType", position);
        StreamsClient.Answer answer = streams.call("GetShardIterator", input);
        if (!answer.ok()) {
            throw new StreamsClient.StreamsFailure(answer);
        }
        iterators.put(shardId, answer.body().path("ShardIterator").asText());
    }

    private void readAll() throws IOException {
        Iterator<Map.Entry<String, String>> shards = iterators.entrySet().iterator();
        while (shards.hasNext()) {
            Map.Entry<String, String> shard = shards.next();
            StreamsClient.Answer answer = streams.call("GetRecords", streams.input().put("ShardIterator", shard.getValue()));
            if (!answer.ok()) {
                throw new StreamsClient.StreamsFailure(answer);
            }
            for (JsonNode streamRecord : answer.body().path("Records")) {
                ObjectNode event = ((ObjectNode) streamRecord.deepCopy()).put("shardId", shard.getKey());
                send("record", event);
            }
            JsonNode next = answer.body().path("NextShardIterator");
            if (next.isTextual()) {
                shard.setValue(next.asText());
            } else {
                shards.remove();
            }
        }
    }

    private void endWithError(StreamsClient.StreamsFailure failure) {
        try {
            send("failure", failure.answer().body());
            end(null);
        } catch (IOException e) {
            end(e);
        }
    }

    private void send(String event, JsonNode data) throws IOException {
        write("event: " + event + "\ndata: " + mapper.writeValueAsString(data) + "\n\n");
    }

    private void write(String text) throws IOException {
        try (Blocker.Callback blocker = Blocker.callback()) {
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), blocker);
            blocker.block();
        }
    }

    private void end(Throwable failure) {
        ended = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (failure == null) {
            response.write(true, ByteBuffer.allocate(0), callback);
        } else {
            callback.failed(failure);
        }
    }
}
