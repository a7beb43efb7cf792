package dev.stratus.sns.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.delivery.Deliveries;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.sns.subscription.Subscriptions;
import dev.stratus.sns.topic.Topic;
import dev.stratus.sns.topic.TopicArn;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.protocol.OperationTable;
import java.util.List;

/** The operations on subscriptions: subscribe, confirm, unsubscribe, list, attributes. */
final class SubscriptionOperations {

    private static final String PENDING_ARN = "PendingConfirmation";

    private final TopicOperations topicOperations;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final ObjectMapper mapper;

    SubscriptionOperations(TopicOperations topicOperations, Subscriptions subscriptions, Deliveries deliveries,
                           ObjectMapper mapper) {
        this.topicOperations = topicOperations;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    void addTo(OperationTable table) {
        table.add("Subscribe", this::subscribe);
        table.add("ConfirmSubscription", this::confirmSubscription);
        table.add("Unsubscribe", this::unsubscribe);
        table.add("ListSubscriptions", this::listSubscriptions);
        table.add("ListSubscriptionsByTopic", this::listSubscriptionsByTopic);
        table.add("GetSubscriptionAttributes", this::getSubscriptionAttributes);
        table.add("SetSubscriptionAttributes", this::setSubscriptionAttributes);
    }

    private JsonNode subscribe(JsonNode input, RequestContext context) {
        Topic topic = topicOperations.topicOf(input, "TopicArn");
        String protocol = Params.required(input, "Protocol");
        String endpoint = Params.optional(input, "Endpoint");
        Subscription subscription = subscriptions.subscribe(topic, protocol, endpoint == null ? "" : endpoint,
                Params.attributes(input, "Attributes"), context.accountId());
        deliveries.subscribed(subscription);
        boolean showArn = !subscription.pending() || input.path("ReturnSubscriptionArn").asBoolean(false);
        return mapper.createObjectNode().put("SubscriptionArn", showArn ? subscription.arn() : "pending confirmation");
    }

    private JsonNode confirmSubscription(JsonNode input, RequestContext context) {
        Topic topic = topicOperations.topicOf(input, "TopicArn");
        Subscription subscription = subscriptions.confirm(topic.arn(), Params.required(input, "Token"));
        return mapper.createObjectNode().put("SubscriptionArn", subscription.arn());
    }

    private JsonNode unsubscribe(JsonNode input, RequestContext context) {
        subscriptions.unsubscribe(Params.required(input, "SubscriptionArn"));
        return null;
    }

    private JsonNode listSubscriptions(JsonNode input, RequestContext context) {
        return page(subscriptions.list(context.accountId(), context.region()), input);
    }

    private JsonNode listSubscriptionsByTopic(JsonNode input, RequestContext context) {
        TopicArn topic = topicOperations.topicOf(input, "TopicArn").arn();
        return page(subscriptions.ofTopic(topic), input);
    }

    private JsonNode page(List<Subscription> all, JsonNode input) {
        ObjectNode output = mapper.createObjectNode();
        Pages.write(all, Params.optional(input, "NextToken"), output, "Subscriptions", (subscription, entry) -> entry
                .put("SubscriptionArn", subscription.pending() ? PENDING_ARN : subscription.arn())
                .put("Owner", subscription.owner())
                .put("Protocol", subscription.protocol())
                .put("Endpoint", subscription.endpoint())
                .put("TopicArn", subscription.topic().toString()));
        return output;
    }

    private JsonNode getSubscriptionAttributes(JsonNode input, RequestContext context) {
        Subscription subscription = subscriptions.get(Params.required(input, "SubscriptionArn"));
        ObjectNode attributes = mapper.createObjectNode()
                .put("SubscriptionArn", subscription.arn())
                .put("TopicArn", subscription.topic().toString())
                .put("Owner", subscription.owner())
                .put("Protocol", subscription.protocol())
                .put("Endpoint", subscription.endpoint())
                .put("ConfirmationWasAuthenticated", Boolean.toString(!subscription.pending()))
                .put("PendingConfirmation", Boolean.toString(subscription.pending()))
                .put("RawMessageDelivery", "false")
                .put("SubscriptionPrincipal", "arn:aws:iam::" + subscription.owner() + ":root");
        subscription.attributes().forEach(attributes::put);
        ObjectNode output = mapper.createObjectNode();
        output.set("Attributes", attributes);
        return output;
    }

    private JsonNode setSubscriptionAttributes(JsonNode input, RequestContext context) {
        Subscription subscription = subscriptions.get(Params.required(input, "SubscriptionArn"));
        String value = Params.optional(input, "AttributeValue");
        subscriptions.setAttribute(subscription, Params.required(input, "AttributeName"), value == null ? "" : value);
        return null;
    }
}
