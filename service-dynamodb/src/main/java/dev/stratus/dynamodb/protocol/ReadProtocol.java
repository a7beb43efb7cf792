package dev.stratus.dynamodb.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import dev.stratus.dynamodb.expression.ExpressionKind;
import dev.stratus.dynamodb.expression.ExpressionRequest;
import dev.stratus.dynamodb.expression.Expressions;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.legacy.LegacyExpressions;
import dev.stratus.dynamodb.query.QueryRequest;
import dev.stratus.dynamodb.query.ReadOperations;
import dev.stratus.dynamodb.query.ReadResult;
import dev.stratus.dynamodb.query.ReadTarget;
import dev.stratus.dynamodb.query.ScanRequest;
import dev.stratus.dynamodb.query.ScanSegment;
import dev.stratus.dynamodb.query.Select;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** Query and Scan in DynamoDB JSON: reads each request into its typed record, runs it, and writes the result. */
@Singleton
public final class ReadProtocol {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ReadOperations reads;
    private final Expressions expressions;

    @Inject
    public ReadProtocol(ReadOperations reads, Expressions expressions) {
        this.reads = reads;
        this.expressions = expressions;
    }

    public JsonNode query(JsonNode input, RequestContext context) {
        return result(reads.query(readQuery(input), context));
    }

    public JsonNode scan(JsonNode input, RequestContext context) {
        return result(reads.scan(readScan(input), context));
    }

    public QueryRequest readQuery(JsonNode input) {
        LegacyExpressions legacy = LegacyJson.compile("Query", input);
        Long limit = JsonInput.number(input, "Limit");
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.KEY_CONDITION,
                ExpressionKind.FILTER, ExpressionKind.PROJECTION);
        ReadTarget target = target(input, legacy.projection().or(request::projection));
        boolean forward = !Boolean.FALSE.equals(JsonInput.bool(input, "ScanIndexForward"));
        return new QueryRequest(target, legacy.keyCondition().or(request::keyCondition),
                legacy.filter().or(request::filter), forward, limit, startKey(input));
    }

    public ScanRequest readScan(JsonNode input) {
        LegacyExpressions legacy = LegacyJson.compile("Scan", input);
        Long limit = JsonInput.number(input, "Limit");
        ScanSegment segment = ScanSegment.of(JsonInput.number(input, "Segment"),
                JsonInput.number(input, "TotalSegments"));
        ExpressionRequest request = ExpressionParameters.read(expressions, input, ExpressionKind.FILTER,
                ExpressionKind.PROJECTION);
        ReadTarget target = target(input, legacy.projection().or(request::projection));
        return new ScanRequest(target, segment, legacy.filter().or(request::filter), limit, startKey(input));
    }

    private static ReadTarget target(JsonNode input, Optional<Projection> projection) {
        boolean consistent = JsonInput.flag(input, "ConsistentRead");
        String select = JsonInput.text(input, "Select");
        return new ReadTarget(JsonInput.text(input, "TableName"), JsonInput.text(input, "IndexName"),
                select == null ? null : Select.valueOf(select), projection, consistent,
                ItemProtocol.capacityMode(input));
    }

    private static Map<String, AttributeValue> startKey(JsonNode input) {
        JsonNode json = JsonInput.object(input, "ExclusiveStartKey");
        return json == null ? null : AttributeValueCodec.decodeItem(json);
    }

    private static ObjectNode result(ReadResult result) {
        ObjectNode output = JSON.objectNode();
        if (result.items() != null) {
            ArrayNode items = output.putArray("Items");
            result.items().forEach(item -> items.add(ItemJson.node(item)));
        }
        output.put("Count", result.count());
        output.put("ScannedCount", result.scannedCount());
        if (result.lastEvaluatedKey() != null) {
            output.set("LastEvaluatedKey", ItemJson.node(result.lastEvaluatedKey()));
        }
        CapacityJson.set(output, result.consumedCapacity());
        return output;
    }
}
