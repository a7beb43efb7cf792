package dev.stratus.sqs.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQS in the AWS query protocol, as older SDKs and the AWS CLI 2.9 send it: form-encoded parameters with
 * flattened lists and maps, XML answers and XML errors.
 */
class QueryProtocolTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> post(Map<String, String> parameters) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("Version", "2012-11-05");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + STRATUS.accountId()
                        + "/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String createQueue(String name) throws IOException, InterruptedException {
        String xml = post(Map.of("Action", "CreateQueue", "QueueName", name)).body();
        return between(xml, "<QueueUrl>", "</QueueUrl>");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    @Test
    void createQueueAnswersTheXmlDocumentWithTheResultAndTheRequestId() throws Exception {
        HttpResponse<String> response = post(Map.of("Action", "CreateQueue", "QueueName", "xml",
                "Attribute.1.Name", "VisibilityTimeout", "Attribute.1.Value", "45"));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"));
        assertTrue(response.body().contains("<CreateQueueResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<CreateQueueResult><QueueUrl>" + STRATUS.endpoint() + "/" + STRATUS.accountId() + "/xml</QueueUrl>"
                + "</CreateQueueResult><ResponseMetadata><RequestId>"), response.body());
    }

    @Test
    void addPermissionTakesFlattenedAccountsAndActions() throws Exception {
        String url = createQueue("permitted");
        HttpResponse<String> added = post(Map.of("Action", "AddPermission", "QueueUrl", url, "Label", "partner",
                "AWSAccountId.1", "111122223333", "ActionName.1", "SendMessage", "ActionName.2", "GetQueueUrl"));

        String xml = post(Map.of("Action", "GetQueueAttributes", "QueueUrl", url, "AttributeName.1", "Policy")).body();

        assertEquals(200, added.statusCode(), added.body());
        assertTrue(xml.contains("&quot;Sid&quot;:&quot;partner&quot;") || xml.contains("\"Sid\":\"partner\""), xml);
        assertTrue(xml.contains("SQS:GetQueueUrl"), xml);
    }

    @Test
    void flattenedAttributeMapsAndListsAreReadAndWritten() throws Exception {
        String url = createQueue("flattened");
        post(Map.of("Action", "SetQueueAttributes", "QueueUrl", url,
                "Attribute.1.Name", "DelaySeconds", "Attribute.1.Value", "7"));

        String xml = post(Map.of("Action", "GetQueueAttributes", "QueueUrl", url,
                "AttributeName.1", "DelaySeconds", "AttributeName.2", "QueueArn")).body();

        assertTrue(xml.contains("<Attribute><Name>DelaySeconds</Name><Value>7</Value></Attribute>"), xml);
        assertTrue(xml.contains("<Attribute><Name>QueueArn</Name><Value>arn:aws:sqs:us-east-1:"), xml);
    }

    @Test
    void aMessageWithAttributesGoesThroughWithItsDigests() throws Exception {
        String url = createQueue("messages");
        String sent = post(Map.of("Action", "SendMessage", "QueueUrl", url, "MessageBody", "a <b> & \"c\"\r\n",
                "MessageAttribute.1.Name", "colour", "MessageAttribute.1.Value.DataType", "String",
                "MessageAttribute.1.Value.StringValue", "blue")).body();

        String received = post(Map.of("Action", "ReceiveMessage", "QueueUrl", url, "MessageAttributeName.1", "All",
                "AttributeName.1", "All")).body();

        assertEquals(between(sent, "<MD5OfMessageAttributes>", "</MD5OfMessageAttributes>"),
                between(received, "<MD5OfMessageAttributes>", "</MD5OfMessageAttributes>"));
        assertTrue(received.contains("<Body>a &lt;b&gt; &amp; &quot;c&quot;&#xD;&#xA;</Body>"), received);
        assertTrue(received.contains("<MessageAttribute><Name>colour</Name><Value><StringValue>blue</StringValue>"
                + "<DataType>String</DataType></Value></MessageAttribute>"), received);
        assertTrue(received.contains("<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>"),
                received);
    }

    @Test
    void errorsAreTheXmlErrorDocumentWithTheQueryCode() throws Exception {
        HttpResponse<String> response = post(Map.of("Action", "GetQueueUrl", "QueueName", "missing"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>"
                + "<Message>The specified queue does not exist.</Message><Detail/></Error><RequestId>"), response.body());
    }

    @Test
    void anUnknownActionIsRefused() throws Exception {
        HttpResponse<String> response = post(Map.of("Action", "FlyAway"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("<Code>InvalidAction</Code>"), response.body());
    }

    @Test
    void batchEntriesAreReadFromTheirFlattenedList() throws Exception {
        String url = createQueue("batch");

        String xml = post(Map.of("Action", "SendMessageBatch", "QueueUrl", url,
                "SendMessageBatchRequestEntry.1.Id", "one", "SendMessageBatchRequestEntry.1.MessageBody", "1",
                "SendMessageBatchRequestEntry.2.Id", "two", "SendMessageBatchRequestEntry.2.MessageBody", "2")).body();

        assertTrue(xml.contains("<SendMessageBatchResultEntry><Id>one</Id>"), xml);
        assertTrue(xml.contains("<SendMessageBatchResultEntry><Id>two</Id>"), xml);
    }
}
