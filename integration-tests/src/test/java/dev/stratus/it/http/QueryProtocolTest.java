package dev.stratus.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Query protocol clients that do not sign (older SDKs, scripts with curl) reach the service owning the API version
 * they name, and the errors the gateway answers itself reach them as the query protocol's XML error document.
 */
class QueryProtocolTest {

    private static final int LIMIT = 4 * 1024;

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("max-request-bytes", Integer.toString(LIMIT))
            .build();

    @Test
    void anUnsignedSqsFormIsAnsweredBySqs() throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.form(stratus.endpoint(),
                "Action=CreateQueue&QueueName=unsigned&Version=2012-11-05"));

        assertEquals(200, response.statusCode(), RawRequests.text(response));
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(RawRequests.text(response).contains("<QueueUrl>" + stratus.endpoint() + "/000000000000/unsigned"
                + "</QueueUrl>"), RawRequests.text(response));
    }

    @Test
    void anUnsignedSnsFormIsAnsweredBySns() throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.form(stratus.endpoint(),
                "Action=CreateTopic&Name=unsigned&Version=2010-03-31"));

        assertEquals(200, response.statusCode(), RawRequests.text(response));
        assertTrue(RawRequests.text(response).contains("<TopicArn>arn:aws:sns:us-east-1:000000000000:unsigned"
                + "</TopicArn>"), RawRequests.text(response));
    }

    @Test
    void aFormNamingAnApiVersionNoServiceHasIsAnInvalidActionInXml() throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.form(stratus.endpoint(),
                "Action=DescribeInstances&Version=2016-11-15"));

        assertEquals(400, response.statusCode());
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(RawRequests.text(response).contains("<Error><Type>Sender</Type><Code>InvalidAction</Code>"),
                RawRequests.text(response));
    }

    @Test
    void aQueryRequestOverTheLimitIsRefusedInTheServicesXml() throws Exception {
        SdkHttpRequest publish = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(stratus.endpoint())
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        String form = "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3At"
                + "&Message=" + "x".repeat(LIMIT);

        HttpResponse<byte[]> response = RawRequests.sendSigned(publish, form,
                RawRequests.Signing.header("test", "test", "sns", Clock.systemUTC()));

        assertEquals(413, response.statusCode());
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(RawRequests.text(response).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ErrorResponse "
                + "xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"), RawRequests.text(response));
    }
}
