package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sqs.SqsErrors;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.QueueAttributes;
import dev.stratus.sqs.queue.QueueId;
import dev.stratus.sqs.queue.QueueUrls;
import dev.stratus.sqs.queue.Queues;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The operations on queues themselves: create, find, list, delete, attributes, tags, purge. */
final class QueueOperations {

    private final Queues queues;
    private final QueueUrls urls;
    private final Clock clock;
    private final ObjectMapper mapper;

    QueueOperations(Queues queues, QueueUrls urls, Clock clock, ObjectMapper mapper) {
        this.queues = queues;
        this.urls = urls;
        this.clock = clock;
        this.mapper = mapper;
    }

    void addTo(OperationTable table) {
        table.add("CreateQueue", this::createQueue);
        table.add("GetQueueUrl", this::getQueueUrl);
        table.add("ListQueues", this::listQueues);
        table.add("DeleteQueue", this::deleteQueue);
        table.add("GetQueueAttributes", this::getQueueAttributes);
        table.add("SetQueueAttributes", this::setQueueAttributes);
        table.add("TagQueue", this::tagQueue);
        table.add("UntagQueue", this::untagQueue);
        table.add("ListQueueTags", this::listQueueTags);
        table.add("PurgeQueue", this::purgeQueue);
        table.add("ListDeadLetterSourceQueues", this::listDeadLetterSourceQueues);
    }

    Queue queueOf(JsonNode input, RequestContext context) {
        return queues.get(urls.parse(Input.required(input, "QueueUrl"), context.region()));
    }

    private JsonNode createQueue(JsonNode input, RequestContext context) {
        String name = Input.required(input, "QueueName");
        Queue queue = queues.create(new QueueId(context.accountId(), context.region(), name),
                Input.stringMap(input, "Attributes"), Input.stringMap(input, "tags"));
        return mapper.createObjectNode().put("QueueUrl", urls.urlOf(queue.id()));
    }

    private JsonNode getQueueUrl(JsonNode input, RequestContext context) {
        String name = Input.required(input, "QueueName");
        String owner = Input.optional(input, "QueueOwnerAWSAccountId");
        Queue queue = queues.get(new QueueId(owner != null ? owner : context.accountId(), context.region(), name));
        return mapper.createObjectNode().put("QueueUrl", urls.urlOf(queue.id()));
    }

    private JsonNode listQueues(JsonNode input, RequestContext context) {
        Integer maxResults = Input.integer(input, "MaxResults", 1, 1000,
                "MaxResults must be an integer between 1 and 1000.");
        List<Queue> all = queues.list(context.accountId(), context.region(), Input.optional(input, "QueueNamePrefix"));
        return page(all, input, maxResults, "QueueUrls");
    }

    private JsonNode listDeadLetterSourceQueues(JsonNode input, RequestContext context) {
        Queue queue = queueOf(input, context);
        Integer maxResults = Input.integer(input, "MaxResults", 1, 1000,
                "MaxResults must be an integer between 1 and 1000.");
        ObjectNode output = page(queues.deadLetterSources(queue), input, maxResults, "queueUrls");
        if (!output.has("queueUrls")) {
            output.putArray("queueUrls");
        }
        return output;
    }

    /** One page of queue URLs; without MaxResults every queue (up to 1,000) and no token, as AWS answers. */
    private ObjectNode page(List<Queue> all, JsonNode input, Integer maxResults, String member) {
        String token = Input.optional(input, "NextToken");
        String after = token == null ? null : decodeToken(token);
        List<Queue> remaining = after == null ? all
                : all.stream().filter(q -> q.id().name().compareTo(after) > 0).toList();
        int limit = maxResults == null ? 1000 : maxResults;
        List<Queue> page = remaining.subList(0, Math.min(limit, remaining.size()));
        ObjectNode output = mapper.createObjectNode();
        if (!page.isEmpty()) {
            ArrayNode list = output.putArray(member);
            page.forEach(q -> list.add(urls.urlOf(q.id())));
        }
        if (maxResults != null && remaining.size() > page.size()) {
            String last = page.get(page.size() - 1).id().name();
            output.put("NextToken", Base64.getEncoder().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
        }
        return output;
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SqsErrors.invalidParameterValue("Invalid NextToken value.");
        }
    }

    private JsonNode deleteQueue(JsonNode input, RequestContext context) {
        queues.delete(queueOf(input, context).id());
        return null;
    }

    private JsonNode getQueueAttributes(JsonNode input, RequestContext context) {
        Queue queue = queueOf(input, context);
        List<String> names = Input.strings(input, "AttributeNames");
        for (String name : names) {
            if (!QueueAttributes.isKnown(name)) {
                throw SqsErrors.invalidAttributeName(name);
            }
        }
        ObjectNode output = mapper.createObjectNode();
        if (names.isEmpty()) {
            return output;
        }
        ObjectNode attributes = output.putObject("Attributes");
        queue.attributes(clock.millis()).forEach((name, value) -> {
            if (names.contains("All") || names.contains(name)) {
                attributes.put(name, value);
            }
        });
        return output;
    }

    private JsonNode setQueueAttributes(JsonNode input, RequestContext context) {
        Queue queue = queueOf(input, context);
        queues.setAttributes(queue, Input.stringMap(input, "Attributes"));
        return null;
    }

    private JsonNode tagQueue(JsonNode input, RequestContext context) {
        queueOf(input, context).tag(Input.stringMap(input, "Tags"));
        return null;
    }

    private JsonNode untagQueue(JsonNode input, RequestContext context) {
        queueOf(input, context).untag(Input.strings(input, "TagKeys"));
        return null;
    }

    private JsonNode listQueueTags(JsonNode input, RequestContext context) {
        Map<String, String> tags = queueOf(input, context).tags();
        ObjectNode output = mapper.createObjectNode();
        if (!tags.isEmpty()) {
            ObjectNode node = output.putObject("Tags");
            tags.forEach(node::put);
        }
        return output;
    }

    private JsonNode purgeQueue(JsonNode input, RequestContext context) {
        queueOf(input, context).purge(clock.millis());
        return null;
    }
}
