package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** AddPermission and RemovePermission write statements into the queue's Policy attribute, as AWS does. */
class PermissionsSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    @Test
    void addedPermissionsAreStatementsOfThePolicy() throws IOException {
        String url = sqs.createQueue(r -> r.queueName("shared")).queueUrl();
        String arn = attribute(url, QueueAttributeName.QUEUE_ARN);

        sqs.addPermission(r -> r.queueUrl(url).label("SendFromPartner").awsAccountIds("111122223333")
                .actions("SendMessage"));
        sqs.addPermission(r -> r.queueUrl(url).label("ReadForTwo").awsAccountIds("111122223333", "444455556666")
                .actions("ReceiveMessage", "DeleteMessage"));

        JsonNode policy = new ObjectMapper().readTree(attribute(url, QueueAttributeName.POLICY));
        assertEquals("2012-10-17", policy.path("Version").asText());
        assertEquals(arn + "/SQSDefaultPolicy", policy.path("Id").asText());
        JsonNode first = policy.path("Statement").get(0);
        assertEquals("SendFromPartner", first.path("Sid").asText());
        assertEquals("Allow", first.path("Effect").asText());
        assertEquals("arn:aws:iam::111122223333:root", first.path("Principal").path("AWS").asText());
        assertEquals("SQS:SendMessage", first.path("Action").asText());
        assertEquals(arn, first.path("Resource").asText());
        JsonNode second = policy.path("Statement").get(1);
        assertEquals(2, second.path("Principal").path("AWS").size());
        assertEquals("SQS:DeleteMessage", second.path("Action").get(1).asText());
    }

    @Test
    void removingTheLastPermissionRemovesThePolicy() throws IOException {
        String url = sqs.createQueue(r -> r.queueName("unshared")).queueUrl();
        sqs.addPermission(r -> r.queueUrl(url).label("a").awsAccountIds("111122223333").actions("*"));
        sqs.addPermission(r -> r.queueUrl(url).label("b").awsAccountIds("111122223333").actions("GetQueueUrl"));

        sqs.removePermission(r -> r.queueUrl(url).label("a"));
        JsonNode statements = new ObjectMapper().readTree(attribute(url, QueueAttributeName.POLICY)).path("Statement");
        sqs.removePermission(r -> r.queueUrl(url).label("b"));

        assertEquals(List.of("b"), List.of(statements.get(0).path("Sid").asText()));
        assertEquals(1, statements.size());
        assertNull(attribute(url, QueueAttributeName.POLICY));
    }

    @Test
    void badPermissionsAreRefusedAsAwsRefusesThem() {
        String url = sqs.createQueue(r -> r.queueName("guarded")).queueUrl();
        sqs.addPermission(r -> r.queueUrl(url).label("taken").awsAccountIds("111122223333").actions("SendMessage"));

        assertRefused("MissingParameter", "The request must contain the parameter ActionName.",
                () -> sqs.addPermission(r -> r.queueUrl(url).label("x").awsAccountIds("111122223333")));
        assertRefused("InvalidParameterValue", "Value SQS:CreateQueue for parameter ActionName is invalid. Reason: "
                + "Only the queue owner is allowed to invoke this action.", () -> sqs.addPermission(r -> r.queueUrl(url)
                .label("x").awsAccountIds("111122223333").actions("CreateQueue")));
        assertRefused("InvalidParameterValue", "Value SQS:SendMessageBatch for parameter ActionName is invalid. "
                + "Reason: Please refer to the appropriate WSDL for a list of valid actions.", () -> sqs.addPermission(r -> r
                .queueUrl(url).label("x").awsAccountIds("111122223333").actions("SendMessageBatch")));
        assertRefused("MissingParameter", "The request must contain the parameter AWSAccountIds.",
                () -> sqs.addPermission(r -> r.queueUrl(url).label("x").actions("SendMessage")));
        assertRefused("InvalidParameterValue", "Value taken for parameter Label is invalid. Reason: Already exists.",
                () -> sqs.addPermission(r -> r.queueUrl(url).label("taken").awsAccountIds("111122223333")
                        .actions("SendMessage")));
        assertRefused("InvalidParameterValue", "Value unknown for parameter Label is invalid. Reason: can't find label "
                + "on existing policy.", () -> sqs.removePermission(r -> r.queueUrl(url).label("unknown")));
    }

    private void assertRefused(String code, String message, Runnable call) {
        SqsException error = assertThrows(SqsException.class, call::run);
        assertEquals(code, error.awsErrorDetails().errorCode());
        assertEquals(message, error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
    }

    private String attribute(String url, QueueAttributeName name) {
        return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(name)).attributes().get(name);
    }
}
