package dev.stratus.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.SnsException;

/** With {@code auth=sigv4}, only requests signed with a configured credential get through. */
class SignatureVerificationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KEY = "AKIDSTRATUSTEST";
    private static final String SECRET = "s3cret/Key+Value";

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting("auth", "sigv4")
            .setting("auth.credentials", KEY + ":" + SECRET + ",123456789012:other")
            .build();

    @Test
    void theTestkitsClientsSignWithTheConfiguredCredential(DynamoDbClient dynamo, LambdaClient lambda) {
        assertTrue(dynamo.listTables().tableNames().isEmpty());
        assertThrows(ResourceNotFoundException.class, () -> lambda.getFunction(g -> g.functionName(
                "arn:aws:lambda:us-east-1:000000000000:function:absent:$LATEST")));
    }

    @Test
    void aDynamoDbRequestSignedWithAnotherSecretIsAnInvalidSignature() {
        try (DynamoDbClient wrong = dynamoDb(KEY, "not-the-secret")) {
            DynamoDbException refused = assertThrows(DynamoDbException.class, wrong::listTables);

            assertEquals(400, refused.statusCode());
            assertEquals("InvalidSignatureException", refused.awsErrorDetails().errorCode());
            assertTrue(refused.awsErrorDetails().errorMessage().startsWith(
                    "The request signature we calculated does not match the signature you provided."));
        }
    }

    @Test
    void aLambdaRequestSignedWithAnotherSecretIsAnInvalidSignature() {
        try (LambdaClient wrong = LambdaClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, "wrong")))
                .build()) {
            LambdaException refused = assertThrows(LambdaException.class, wrong::listFunctions);

            assertEquals(403, refused.statusCode());
            assertEquals("InvalidSignatureException", refused.awsErrorDetails().errorCode());
        }
    }

    @Test
    void anSnsRequestSignedWithAnotherSecretIsSignatureDoesNotMatch() {
        try (SnsClient wrong = SnsClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, "wrong")))
                .build()) {
            SnsException refused = assertThrows(SnsException.class, wrong::listTopics);

            assertEquals(403, refused.statusCode());
            assertEquals("SignatureDoesNotMatch", refused.awsErrorDetails().errorCode());
            assertTrue(refused.awsErrorDetails().errorMessage().startsWith(
                    "The request signature we calculated does not match the signature you provided."));
        }
    }

    @Test
    void anSqsQueryRequestSignedWithAnotherSecretIsSignatureDoesNotMatch() throws Exception {
        SdkHttpRequest listQueues = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(stratus.endpoint())
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();

        HttpResponse<byte[]> response = RawRequests.sendSigned(listQueues, "Action=ListQueues&Version=2012-11-05",
                RawRequests.Signing.header(KEY, "wrong", "sqs", Clock.systemUTC()));

        assertEquals(403, response.statusCode());
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(RawRequests.text(response).contains("<Code>SignatureDoesNotMatch</Code>"), RawRequests.text(response));
    }

    @Test
    void anUnsignedQueryRequestLacksTheAuthenticationTokenInXml() throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.form(stratus.endpoint(),
                "Action=ListTopics&Version=2010-03-31"));

        assertEquals(403, response.statusCode());
        assertTrue(RawRequests.text(response).contains("<Code>MissingAuthenticationToken</Code>"),
                RawRequests.text(response));
    }

    @Test
    void anUnknownAccessKeyIsAnUnrecognizedClient() {
        try (DynamoDbClient stranger = dynamoDb("AKIDSTRANGER", SECRET)) {
            DynamoDbException refused = assertThrows(DynamoDbException.class, stranger::listTables);

            assertEquals("UnrecognizedClientException", refused.awsErrorDetails().errorCode());
            assertEquals("The security token included in the request is invalid.",
                    refused.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void aSecondConfiguredCredentialActsInItsOwnAccount() {
        try (DynamoDbClient other = dynamoDb("123456789012", "other")) {
            other.createTable(t -> t.tableName("Owned").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .keySchema(k -> k.attributeName("id").keyType("HASH")));

            assertEquals("arn:aws:dynamodb:us-east-1:123456789012:table/Owned",
                    other.describeTable(d -> d.tableName("Owned")).table().tableArn());
        }
    }

    @Test
    void anUnsignedRequestLacksTheAuthenticationToken() throws Exception {
        HttpResponse<byte[]> response = RawRequests.send(RawRequests.dynamoDb(stratus.endpoint(), "ListTables",
                HttpRequest.BodyPublishers.ofString("{}")));

        assertEquals(400, response.statusCode());
        assertEquals("com.amazon.coral.service#MissingAuthenticationTokenException",
                MAPPER.readTree(response.body()).get("__type").asText());
    }

    @Test
    void aSignatureTwentyMinutesOldHasExpired() throws Exception {
        Clock twentyMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));

        HttpResponse<byte[]> response = RawRequests.sendSigned(listTables(), "{}",
                RawRequests.Signing.header(KEY, SECRET, "dynamodb", twentyMinutesAgo));

        JsonNode error = MAPPER.readTree(response.body());
        assertEquals(400, response.statusCode());
        assertEquals("com.amazon.coral.service#InvalidSignatureException", error.get("__type").asText());
        assertTrue(error.get("message").asText().startsWith("Signature expired: "), error.toString());
        assertTrue(error.get("message").asText().endsWith(" - 15 min.)"), error.toString());
    }

    @Test
    void aSignatureFromTwentyMinutesAheadIsNotYetCurrent() throws Exception {
        Clock twentyMinutesAhead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));

        HttpResponse<byte[]> response = RawRequests.sendSigned(listTables(), "{}",
                RawRequests.Signing.header(KEY, SECRET, "dynamodb", twentyMinutesAhead));

        assertEquals(400, response.statusCode());
        assertTrue(MAPPER.readTree(response.body()).get("message").asText().startsWith("Signature not yet current: "));
    }

    @Test
    void aPayloadSignedInChunksIsVerifiedAndDecoded() throws Exception {
        HttpResponse<byte[]> response = RawRequests.sendSigned(createTable("Chunked"), createTableBody("Chunked"),
                RawRequests.Signing.inChunks(KEY, SECRET, "dynamodb"));

        assertEquals(200, response.statusCode(), RawRequests.text(response));
        assertEquals("Chunked", MAPPER.readTree(response.body()).at("/TableDescription/TableName").asText());
    }

    @Test
    void aChunkChangedOnTheWayIsAnInvalidSignature() throws Exception {
        HttpResponse<byte[]> response = RawRequests.sendSigned(createTable("Tampered"), createTableBody("Tampered"),
                RawRequests.Signing.inChunks(KEY, SECRET, "dynamodb"), sent -> {
                    String text = new String(sent, StandardCharsets.UTF_8);
                    return text.replace("\"Tampered\"", "\"Tompered\"").getBytes(StandardCharsets.UTF_8);
                });

        assertEquals(400, response.statusCode(), RawRequests.text(response));
        assertEquals("com.amazon.coral.service#InvalidSignatureException",
                MAPPER.readTree(response.body()).get("__type").asText());
    }

    @Test
    void aPresignedUrlIsAcceptedWhileItLives() throws Exception {
        HttpResponse<byte[]> response = RawRequests.sendSigned(listFunctions(), "",
                RawRequests.Signing.presigned(KEY, SECRET, "lambda", Clock.systemUTC(), Duration.ofMinutes(5)));

        assertEquals(200, response.statusCode(), RawRequests.text(response));
        assertTrue(MAPPER.readTree(response.body()).has("Functions"));
    }

    @Test
    void aPresignedUrlPastItsLifetimeIsRefused() throws Exception {
        Clock tenMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        HttpResponse<byte[]> response = RawRequests.sendSigned(listFunctions(), "",
                RawRequests.Signing.presigned(KEY, SECRET, "lambda", tenMinutesAgo, Duration.ofMinutes(5)));

        assertEquals(403, response.statusCode());
        assertEquals("InvalidSignatureException", response.headers().firstValue("X-Amzn-ErrorType").orElseThrow());
    }

    private static SdkHttpRequest listTables() {
        return SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(stratus.endpoint())
                .putHeader("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .putHeader("Content-Type", "application/x-amz-json-1.0").build();
    }

    private static SdkHttpRequest createTable(String name) {
        return SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(stratus.endpoint())
                .putHeader("X-Amz-Target", "DynamoDB_20120810.CreateTable")
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(createTableBody(name).length())).build();
    }

    private static String createTableBody(String name) {
        return "{\"TableName\":\"" + name + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}";
    }

    private static SdkHttpRequest listFunctions() {
        return SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                .uri(URI.create(stratus.endpoint() + "/2015-03-31/functions/")).putRawQueryParameter("MaxItems", "5")
                .build();
    }

    private static DynamoDbClient dynamoDb(String accessKey, String secretKey) {
        return DynamoDbClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
    }
}
