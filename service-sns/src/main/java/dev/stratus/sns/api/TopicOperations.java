package dev.stratus.sns.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.SnsErrors;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.sns.subscription.Subscriptions;
import dev.stratus.sns.topic.Topic;
import dev.stratus.sns.topic.TopicArn;
import dev.stratus.sns.topic.TopicAttributes;
import dev.stratus.sns.topic.Topics;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;
import java.util.List;
import java.util.Map;

/** The operations on topics: create, list, delete, attributes, tags. */
final class TopicOperations {

    private final Topics topics;
    private final Subscriptions subscriptions;
    private final ObjectMapper mapper;

    TopicOperations(Topics topics, Subscriptions subscriptions, ObjectMapper mapper) {
        this.topics = topics;
        this.subscriptions = subscriptions;
        this.mapper = mapper;
    }

    void addTo(OperationTable table) {
        table.add("CreateTopic", this::createTopic);
        table.add("DeleteTopic", this::deleteTopic);
        table.add("ListTopics", this::listTopics);
        table.add("GetTopicAttributes", this::getTopicAttributes);
        table.add("SetTopicAttributes", this::setTopicAttributes);
        table.add("TagResource", this::tagResource);
        table.add("UntagResource", this::untagResource);
        table.add("ListTagsForResource", this::listTagsForResource);
    }

    Topic topicOf(JsonNode input, String member) {
        return topics.get(TopicArn.parse(Params.required(input, member)));
    }

    private JsonNode createTopic(JsonNode input, RequestContext context) {
        TopicArn arn = new TopicArn(context.region(), context.accountId(), Params.required(input, "Name"));
        Topic topic = topics.create(arn, Params.attributes(input, "Attributes"), Params.tags(input));
        return mapper.createObjectNode().put("TopicArn", topic.arn().toString());
    }

    private JsonNode deleteTopic(JsonNode input, RequestContext context) {
        TopicArn arn = TopicArn.parse(Params.required(input, "TopicArn"));
        topics.delete(arn, subscriptions.deleteTopic(arn));
        return null;
    }

    private JsonNode listTopics(JsonNode input, RequestContext context) {
        ObjectNode output = mapper.createObjectNode();
        Pages.write(topics.list(context.accountId(), context.region()), Params.optional(input, "NextToken"), output,
                "Topics", (topic, entry) -> entry.put("TopicArn", topic.arn().toString()));
        return output;
    }

    private JsonNode getTopicAttributes(JsonNode input, RequestContext context) {
        Topic topic = topicOf(input, "TopicArn");
        List<Subscription> subscribed = subscriptions.ofTopic(topic.arn());
        long pending = subscribed.stream().filter(Subscription::pending).count();
        ObjectNode attributes = mapper.createObjectNode()
                .put("TopicArn", topic.arn().toString())
                .put("Owner", topic.arn().accountId())
                .put("Policy", topic.attribute("Policy", defaultPolicy(topic.arn())))
                .put(TopicAttributes.DISPLAY_NAME, topic.attribute(TopicAttributes.DISPLAY_NAME, ""))
                .put("SubscriptionsPending", Long.toString(pending))
                .put("SubscriptionsConfirmed", Long.toString(subscribed.size() - pending))
                .put("SubscriptionsDeleted", "0")
                .put("EffectiveDeliveryPolicy", topic.attribute("DeliveryPolicy", EFFECTIVE_DELIVERY_POLICY));
        if (topic.fifo()) {
            attributes.put(TopicAttributes.FIFO_TOPIC, "true")
                    .put(TopicAttributes.CONTENT_BASED_DEDUPLICATION, Boolean.toString(topic.contentBasedDeduplication()));
        }
        topic.attributes().forEach(attributes::put);
        ObjectNode output = mapper.createObjectNode();
        output.set("Attributes", attributes);
        return output;
    }

    private JsonNode setTopicAttributes(JsonNode input, RequestContext context) {
        Topic topic = topicOf(input, "TopicArn");
        String name = Params.required(input, "AttributeName");
        String value = Params.optional(input, "AttributeValue");
        topics.setAttribute(topic, name, value == null ? "" : value);
        return null;
    }

    private JsonNode tagResource(JsonNode input, RequestContext context) {
        Topic topic = taggedTopic(input);
        topics.tag(topic, Params.tags(input));
        return null;
    }

    private JsonNode untagResource(JsonNode input, RequestContext context) {
        Topic topic = taggedTopic(input);
        topics.untag(topic, Params.strings(input, "TagKeys"));
        return null;
    }

    private JsonNode listTagsForResource(JsonNode input, RequestContext context) {
        ObjectNode output = mapper.createObjectNode();
        var tags = output.putArray("Tags");
        for (Map.Entry<String, String> tag : taggedTopic(input).tags().entrySet()) {
            tags.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
        }
        return output;
    }

    /** Tag operations name the topic as a resource, and answer ResourceNotFound when it is missing. */
    private Topic taggedTopic(JsonNode input) {
        try {
            return topicOf(input, "ResourceArn");
        } catch (dev.stratus.spi.AwsServiceException e) {
            if (e.httpStatus() == 404) {
                throw SnsErrors.resourceNotFound();
            }
            throw e;
        }
    }

    private static String defaultPolicy(TopicArn arn) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
                + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + "\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\",\"SNS:AddPermission\",\"SNS:RemovePermission\","
                + "\"SNS:DeleteTopic\",\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\",\"SNS:Publish\"],"
                + "\"Resource\":\"" + arn + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\""
                + arn.accountId() + "\"}}}]}";
    }

    private static final String EFFECTIVE_DELIVERY_POLICY = "{\"http\":{\"defaultHealthyRetryPolicy\":{"
            + "\"minDelayTarget\":20,\"maxDelayTarget\":20,\"numRetries\":3,\"numMaxDelayRetries\":0,"
            + "\"numNoDelayRetries\":0,\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},"
            + "\"disableSubscriptionOverrides\":false,\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; "
            + "charset=UTF-8\"}}}";
}
