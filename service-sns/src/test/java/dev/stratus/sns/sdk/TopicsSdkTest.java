package dev.stratus.sns.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.Topic;

/** Topics through the AWS SDK v2 (query protocol): create, list, attributes, tags, FIFO, delete. */
class TopicsSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final SnsClient sns = STRATUS.client(SnsClient.class);

    @Test
    void createTopicAnswersTheArnOfTheAccountAndIsIdempotent() {
        String arn = sns.createTopic(r -> r.name("barks")).topicArn();

        assertEquals("arn:aws:sns:us-east-1:" + STRATUS.accountId() + ":barks", arn);
        assertEquals(arn, sns.createTopic(r -> r.name("barks")).topicArn());
    }

    @Test
    void createTopicWithOtherAttributesThanTheExistingOneIsRefused() {
        sns.createTopic(r -> r.name("shown"));

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> sns.createTopic(
                r -> r.name("shown").attributes(Map.of("DisplayName", "Other"))));
        assertEquals("Invalid parameter: Attributes Reason: Topic already exists with different attributes",
                error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
    }

    @Test
    void invalidTopicNamesAreRefused() {
        InvalidParameterException error = assertThrows(InvalidParameterException.class,
                () -> sns.createTopic(r -> r.name("no spaces")));
        assertEquals("Invalid parameter: Topic Name", error.awsErrorDetails().errorMessage());
        assertThrows(InvalidParameterException.class, () -> sns.createTopic(r -> r.name("plain.fifo")));
        assertThrows(InvalidParameterException.class,
                () -> sns.createTopic(r -> r.name("no-suffix").attributes(Map.of("FifoTopic", "true"))));
    }

    @Test
    void listTopicsShowsTheAccountsTopicsAndDeleteTopicRemovesOne() {
        String kept = sns.createTopic(r -> r.name("list-kept")).topicArn();
        String deleted = sns.createTopic(r -> r.name("list-deleted")).topicArn();

        sns.deleteTopic(r -> r.topicArn(deleted));
        sns.deleteTopic(r -> r.topicArn(deleted));

        List<String> arns = sns.listTopics().topics().stream().map(Topic::topicArn).toList();
        assertTrue(arns.contains(kept));
        assertFalse(arns.contains(deleted));
    }

    @Test
    void topicAttributesShowWhatWasSetAndTheSubscriptionCounts() {
        String arn = sns.createTopic(r -> r.name("attributes")).topicArn();

        sns.setTopicAttributes(r -> r.topicArn(arn).attributeName("DisplayName").attributeValue("Barks"));

        Map<String, String> attributes = sns.getTopicAttributes(r -> r.topicArn(arn)).attributes();
        assertEquals(arn, attributes.get("TopicArn"));
        assertEquals(STRATUS.accountId(), attributes.get("Owner"));
        assertEquals("Barks", attributes.get("DisplayName"));
        assertEquals("0", attributes.get("SubscriptionsConfirmed"));
        assertTrue(attributes.get("Policy").contains(arn));
    }

    @Test
    void fifoTopicsShowTheirKindAndContentBasedDeduplication() {
        String arn = sns.createTopic(r -> r.name("orders.fifo")
                .attributes(Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"))).topicArn();

        Map<String, String> attributes = sns.getTopicAttributes(r -> r.topicArn(arn)).attributes();
        assertEquals("true", attributes.get("FifoTopic"));
        assertEquals("true", attributes.get("ContentBasedDeduplication"));
    }

    @Test
    void unknownTopicAttributesAreRefused() {
        String arn = sns.createTopic(r -> r.name("unknown-attribute")).topicArn();

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> sns.setTopicAttributes(
                r -> r.topicArn(arn).attributeName("Colour").attributeValue("red")));
        assertEquals("Invalid parameter: AttributeName", error.awsErrorDetails().errorMessage());
    }

    @Test
    void aMissingTopicIsNotFound() {
        NotFoundException error = assertThrows(NotFoundException.class, () -> sns.getTopicAttributes(
                r -> r.topicArn("arn:aws:sns:us-east-1:" + STRATUS.accountId() + ":missing")));

        assertEquals("Topic does not exist", error.awsErrorDetails().errorMessage());
        assertEquals("NotFound", error.awsErrorDetails().errorCode());
        assertEquals(404, error.statusCode());
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String arn = sns.createTopic(r -> r.name("tagged").tags(Tag.builder().key("team").value("woof").build()))
                .topicArn();

        sns.tagResource(r -> r.resourceArn(arn).tags(Tag.builder().key("env").value("dev").build()));
        sns.untagResource(r -> r.resourceArn(arn).tagKeys("team"));

        assertEquals(List.of(Tag.builder().key("env").value("dev").build()),
                sns.listTagsForResource(r -> r.resourceArn(arn)).tags());
        assertThrows(ResourceNotFoundException.class, () -> sns.listTagsForResource(
                r -> r.resourceArn("arn:aws:sns:us-east-1:" + STRATUS.accountId() + ":missing")));
    }
}
