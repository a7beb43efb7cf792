package dev.stratus.sns.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** A topic as the destination of asynchronous invocations: the invocation record is published to it. */
class LambdaDestinationSdkTest {

    private static final String HANDLER = """
            exports.handler = async (event) => {
              if (event.fail) { throw new Error('cannot bark'); }
              return { barked: event.name };
            };
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final SnsClient sns = STRATUS.client(SnsClient.class);
    private final SqsClient sqs = STRATUS.client(SqsClient.class);
    private final LambdaClient lambda = STRATUS.client(LambdaClient.class);

    @Test
    void theRecordsOfSucceededAndFailedInvocationsArePublishedToTheirTopics() throws Exception {
        String successes = sns.createTopic(r -> r.name("successes")).topicArn();
        String failures = sns.createTopic(r -> r.name("failures")).topicArn();
        String successQueue = subscribedQueue(successes, "success-records");
        String failureQueue = subscribedQueue(failures, "failure-records");
        String function = NodeFunctions.create(lambda, STRATUS.accountId(), "barker", HANDLER, Map.of());
        lambda.putFunctionEventInvokeConfig(r -> r.functionName("barker").maximumRetryAttempts(0)
                .destinationConfig(d -> d.onSuccess(s -> s.destination(successes))
                        .onFailure(f -> f.destination(failures))));

        lambda.invoke(r -> r.functionName("barker").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"name\":\"Rex\"}")));
        lambda.invoke(r -> r.functionName("barker").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"fail\":true}")));

        JsonNode success = JSON.readTree(JSON.readTree(receiveOne(successQueue).body()).get("Message").asText());
        assertEquals("Success", success.get("requestContext").get("condition").asText());
        assertEquals(function + ":$LATEST", success.get("requestContext").get("functionArn").asText());
        assertEquals("Rex", success.get("requestPayload").get("name").asText());
        assertEquals("Rex", success.get("responsePayload").get("barked").asText());
        JsonNode envelope = JSON.readTree(receiveOne(failureQueue).body());
        assertEquals(failures, envelope.get("TopicArn").asText());
        JsonNode failure = JSON.readTree(envelope.get("Message").asText());
        assertEquals("RetriesExhausted", failure.get("requestContext").get("condition").asText());
        assertEquals(true, failure.get("requestPayload").get("fail").asBoolean());
        assertEquals("cannot bark", failure.get("responsePayload").get("errorMessage").asText());
    }

    private String subscribedQueue(String topic, String name) {
        String url = sqs.createQueue(r -> r.queueName(name)).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(arn));
        return url;
    }

    private Message receiveOne(String queueUrl) {
        List<Message> messages = await().atMost(Duration.ofSeconds(30)).until(() -> sqs.receiveMessage(r -> r
                .queueUrl(queueUrl).waitTimeSeconds(1)).messages(), received -> !received.isEmpty());
        return messages.get(0);
    }
}
