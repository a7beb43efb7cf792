package dev.stratus.lambda.invoke.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Event invocations send their invocation record to OnSuccess and OnFailure queues, as the message body. */
class QueueDestinationsTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.async-retry-delay", "10ms").build();

    @Test
    void aFailingEventSendsItsRecordToTheOnFailureQueue() throws IOException {
        Queue queue = queue("failures");
        TestFunctions.create(lambda(), "fails-to-queue", TestFunctions.FAILING);
        lambda().putFunctionEventInvokeConfig(r -> r.functionName("fails-to-queue").maximumRetryAttempts(1)
                .destinationConfig(d -> d.onFailure(f -> f.destination(queue.arn()))));

        lambda().invoke(r -> r.functionName("fails-to-queue").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"order\":7}")));

        JsonNode record = queue.nextRecord();
        assertEquals("RetriesExhausted", record.at("/requestContext/condition").asText());
        assertEquals(2, record.at("/requestContext/approximateInvokeCount").asInt());
        assertEquals(7, record.at("/requestPayload/order").asInt());
        assertEquals("Unhandled", record.at("/responseContext/functionError").asText());
        assertEquals("boom", record.at("/responsePayload/errorMessage").asText());
    }

    @Test
    void aSuccessfulEventSendsItsRecordToTheOnSuccessQueue() throws IOException {
        Queue queue = queue("successes");
        TestFunctions.create(lambda(), "succeeds-to-queue", TestFunctions.ECHO);
        lambda().putFunctionEventInvokeConfig(r -> r.functionName("succeeds-to-queue")
                .destinationConfig(d -> d.onSuccess(s -> s.destination(queue.arn()))));

        lambda().invoke(r -> r.functionName("succeeds-to-queue").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"n\":21}")));

        JsonNode record = queue.nextRecord();
        assertEquals("Success", record.at("/requestContext/condition").asText());
        assertEquals(21, record.at("/requestPayload/n").asInt());
        assertEquals(21, record.at("/responsePayload/n").asInt());
    }

    @Test
    void aFifoQueueIsNoDestination() {
        String arn = queue("ordered.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true")).arn();
        TestFunctions.create(lambda(), "to-fifo", TestFunctions.ECHO);

        InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class, () -> lambda()
                .putFunctionEventInvokeConfig(r -> r.functionName("to-fifo")
                        .destinationConfig(d -> d.onFailure(f -> f.destination(arn)))));

        assertEquals("The function's execution role does not have permissions to call SendMessage on " + arn,
                refused.awsErrorDetails().errorMessage());
    }

    private static LambdaClient lambda() {
        return stratus.client(LambdaClient.class);
    }

    private static Queue queue(String name) {
        return queue(name, Map.of());
    }

    private static Queue queue(String name, Map<QueueAttributeName, String> attributes) {
        SqsClient sqs = stratus.client(SqsClient.class);
        String url = sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(sqs, url, arn);
    }

    private record Queue(SqsClient sqs, String url, String arn) {

        /** The next message's body, waiting for it with long polls. */
        JsonNode nextRecord() throws IOException {
            for (int poll = 0; poll < 3; poll++) {
                List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(10)).messages();
                if (!messages.isEmpty()) {
                    return new ObjectMapper().readTree(messages.get(0).body());
                }
            }
            throw new AssertionError("No invocation record reached " + url);
        }
    }
}
