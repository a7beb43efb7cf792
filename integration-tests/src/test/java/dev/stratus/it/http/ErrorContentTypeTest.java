package dev.stratus.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Error responses carry the content type of their protocol, as AWS's protocol tests state it: AWS JSON 1.0
 * (DynamoDB) {@code application/x-amz-json-1.0}, REST-JSON (Lambda) {@code application/json}, the query protocol
 * (SQS, SNS) {@code text/xml}; the gateway's own refusals likewise ({@link RequestLimitsTest}, {@link QueryProtocolTest}).
 */
@ExtendWith(StratusExtension.class)
class ErrorContentTypeTest {

    @Test
    void aDynamoDbErrorIsAmzJson10(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(endpoint, "DescribeTable",
                HttpRequest.BodyPublishers.ofString("{\"TableName\":\"Missing\"}")));

        assertEquals(400, response.statusCode());
        assertEquals("application/x-amz-json-1.0", contentType(response));
    }

    @Test
    void aLambdaErrorIsJsonNamingItsTypeInAHeader(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(HttpRequest.newBuilder(
                URI.create(endpoint + "/2015-03-31/functions/missing")).GET());

        assertEquals(404, response.statusCode());
        assertEquals("application/json", contentType(response));
        assertEquals("ResourceNotFoundException", response.headers().firstValue("X-Amzn-ErrorType").orElseThrow());
    }

    @Test
    void aQueryProtocolErrorIsTextXml(URI endpoint) throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.form(endpoint,
                "Action=GetQueueUrl&QueueName=missing&Version=2012-11-05"));

        assertEquals(400, response.statusCode());
        assertEquals("text/xml", contentType(response));
    }

    private static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElseThrow();
    }
}
