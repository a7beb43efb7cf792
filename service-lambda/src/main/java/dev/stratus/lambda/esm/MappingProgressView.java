package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.esm.delivery.PartitionLag;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * What the console shows of a mapping beyond GetEventSourceMapping ({@code ?uuid=…}): how many records it is behind
 * in each shard of its stream, and the invocation records of the batches it gave up.
 */
final class MappingProgressView implements ConsoleView {

    /** Records counted a shard at most: past it the console says "at least". */
    static final int COUNT_LIMIT = 10_000;

    private final EventSourceMappings mappings;
    private final ObjectMapper mapper;

    @Inject
    MappingProgressView(EventSourceMappings mappings, ObjectMapper mapper) {
        this.mappings = mappings;
        this.mapper = mapper;
    }

    @Override
    public String service() {
        return "lambda";
    }

    @Override
    public String name() {
        return "event-source-mapping";
    }

    @Override
    public JsonNode read(RequestContext context, Map<String, String> parameters) {
        String uuid = parameters.getOrDefault("uuid", "");
        ObjectNode body = mapper.createObjectNode().put("UUID", uuid);
        ArrayNode shards = body.putArray("Shards");
        for (PartitionLag lag : mappings.lag(context, uuid, COUNT_LIMIT)) {
            shards.addObject().put("ShardId", lag.partitionId()).put("ParentShardId", lag.parentPartitionId())
                    .put("ConsumedUpTo", lag.consumedUpTo()).put("RecordsBehind", lag.recordsBehind())
                    .put("AtLeast", lag.atLeast());
        }
        ArrayNode failed = body.putArray("FailedBatches");
        mappings.failedBatches(uuid).forEach(failed::add);
        return body;
    }
}
