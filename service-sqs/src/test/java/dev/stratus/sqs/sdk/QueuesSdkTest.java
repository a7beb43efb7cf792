package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Queues through the AWS SDK v2 (AWS JSON 1.0): create, find, list, attributes, tags, delete. */
class QueuesSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    @Test
    void createQueueAnswersAUrlOfTheAccountThatGetQueueUrlFindsAgain() {
        String url = sqs.createQueue(r -> r.queueName("orders")).queueUrl();

        assertEquals(STRATUS.endpoint() + "/" + STRATUS.accountId() + "/orders", url);
        assertEquals(url, sqs.getQueueUrl(r -> r.queueName("orders")).queueUrl());
    }

    @Test
    void creatingAnExistingQueueWithTheSameAttributesAnswersItsUrl() {
        String url = sqs.createQueue(r -> r.queueName("same").attributesWithStrings(Map.of("VisibilityTimeout", "40"))).queueUrl();

        assertEquals(url, sqs.createQueue(r -> r.queueName("same").attributesWithStrings(Map.of("VisibilityTimeout", "40"))).queueUrl());
        QueueNameExistsException error = assertThrows(QueueNameExistsException.class, () -> sqs.createQueue(
                r -> r.queueName("same").attributesWithStrings(Map.of("VisibilityTimeout", "50"))));
        assertEquals("QueueAlreadyExists", error.awsErrorDetails().errorCode());
    }

    @Test
    void anUnknownQueueIsRefusedWithTheQueryCompatibleCode() {
        QueueDoesNotExistException error = assertThrows(QueueDoesNotExistException.class,
                () -> sqs.getQueueUrl(r -> r.queueName("missing")));

        assertEquals("AWS.SimpleQueueService.NonExistentQueue", error.awsErrorDetails().errorCode());
        assertEquals("The specified queue does not exist.", error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
    }

    @Test
    void listQueuesFiltersByPrefixAndPages() {
        List.of("list-a", "list-b", "list-c", "other").forEach(name -> sqs.createQueue(r -> r.queueName(name)));

        ListQueuesResponse first = sqs.listQueues(r -> r.queueNamePrefix("list-").maxResults(2));
        ListQueuesResponse second = sqs.listQueues(r -> r.queueNamePrefix("list-").maxResults(2)
                .nextToken(first.nextToken()));

        assertEquals(2, first.queueUrls().size());
        assertTrue(first.queueUrls().get(0).endsWith("/list-a"));
        assertEquals(1, second.queueUrls().size());
        assertTrue(second.queueUrls().get(0).endsWith("/list-c"));
        assertNull(second.nextToken());
    }

    @Test
    void getQueueAttributesAllShowsDefaultsAndComputedAttributes() {
        String url = sqs.createQueue(r -> r.queueName("attributes")).queueUrl();

        Map<String, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();

        assertEquals("30", attributes.get("VisibilityTimeout"));
        assertEquals("345600", attributes.get("MessageRetentionPeriod"));
        assertEquals("0", attributes.get("ApproximateNumberOfMessages"));
        assertEquals("arn:aws:sqs:us-east-1:" + STRATUS.accountId() + ":attributes", attributes.get("QueueArn"));
        assertTrue(attributes.containsKey("CreatedTimestamp"));
        assertFalse(attributes.containsKey("FifoQueue"));
    }

    @Test
    void setQueueAttributesValidatesAndChangesThem() {
        String url = sqs.createQueue(r -> r.queueName("settable")).queueUrl();

        sqs.setQueueAttributes(r -> r.queueUrl(url).attributesWithStrings(Map.of("VisibilityTimeout", "5")));
        SqsException invalid = assertThrows(SqsException.class, () -> sqs.setQueueAttributes(
                r -> r.queueUrl(url).attributesWithStrings(Map.of("VisibilityTimeout", "43201"))));
        InvalidAttributeNameException unknown = assertThrows(InvalidAttributeNameException.class, () ->
                sqs.setQueueAttributes(r -> r.queueUrl(url).attributesWithStrings(Map.of("Colour", "blue"))));

        assertEquals("5", sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
                .attributesAsStrings().get("VisibilityTimeout"));
        assertEquals("InvalidAttributeValue", invalid.awsErrorDetails().errorCode());
        assertEquals("Invalid value for the parameter VisibilityTimeout.", invalid.awsErrorDetails().errorMessage());
        assertEquals("Unknown Attribute Colour.", unknown.awsErrorDetails().errorMessage());
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String url = sqs.createQueue(r -> r.queueName("tagged").tags(Map.of("team", "a"))).queueUrl();

        sqs.tagQueue(r -> r.queueUrl(url).tags(Map.of("env", "test")));
        sqs.untagQueue(r -> r.queueUrl(url).tagKeys("team"));

        assertEquals(Map.of("env", "test"), sqs.listQueueTags(r -> r.queueUrl(url)).tags());
    }

    @Test
    void aDeletedQueueIsGone() {
        String url = sqs.createQueue(r -> r.queueName("deleted")).queueUrl();

        sqs.deleteQueue(r -> r.queueUrl(url));

        assertThrows(QueueDoesNotExistException.class, () -> sqs.getQueueAttributes(r -> r.queueUrl(url)));
    }
}
