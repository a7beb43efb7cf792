package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bin/stratus --auth sigv4} driven with the AWS CLI v2: calls signed with the known credential
 * ({@code test:test}) pass in every protocol, and a wrong secret is refused as each service refuses it.
 */
@InstalledDistribution(args = {"--auth", "sigv4"})
class SignatureVerificationIT {

    private static final Map<String, String> WRONG_SECRET = Map.of("AWS_ACCESS_KEY_ID", "test",
            "AWS_SECRET_ACCESS_KEY", "not-the-secret");
    private static final String MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for "
            + "details.";

    @Test
    void callsSignedWithTheKnownCredentialPassInEveryProtocol(RunningStratus stratus) throws Exception {
        JsonNode tables = stratus.awsJson("dynamodb", "list-tables");
        JsonNode functions = stratus.awsJson("lambda", "list-functions");
        String queue = stratus.awsJson("sqs", "create-queue", "--queue-name", "signed").get("QueueUrl").asText();
        stratus.awsJson("sqs", "send-message", "--queue-url", queue, "--message-body", "Grüße & <bark> 100%");
        JsonNode received = stratus.awsJson("sqs", "receive-message", "--queue-url", queue);
        String topic = stratus.awsJson("sns", "create-topic", "--name", "signed").get("TopicArn").asText();

        assertTrue(tables.get("TableNames").isArray(), tables.toString());
        assertTrue(functions.get("Functions").isArray(), functions.toString());
        assertEquals("Grüße & <bark> 100%", received.at("/Messages/0/Body").asText());
        assertEquals("arn:aws:sns:us-east-1:000000000000:signed", topic);
    }

    @ParameterizedTest
    @CsvSource({
            "dynamodb, list-tables, InvalidSignatureException, ListTables",
            "lambda, list-functions, InvalidSignatureException, ListFunctions",
            "sqs, list-queues, SignatureDoesNotMatch, ListQueues",
            "sns, list-topics, SignatureDoesNotMatch, ListTopics"})
    void aWrongSecretIsRefusedWithTheServicesCodeAndAwsMessage(String service, String command, String code,
                                                               String operation, RunningStratus stratus) throws Exception {
        InstalledStratus.Run run = stratus.awslocal(WRONG_SECRET, service, command);

        assertEquals(254, run.exitCode(), run.output());
        assertTrue(run.output().contains("An error occurred (" + code + ") when calling the " + operation
                + " operation: " + MISMATCH), run.output());
    }

    @Test
    void anUnknownAccessKeyIsRefusedAsAnInvalidToken(RunningStratus stratus) throws Exception {
        InstalledStratus.Run run = stratus.awslocal(Map.of("AWS_ACCESS_KEY_ID", "AKIDSTRANGER",
                "AWS_SECRET_ACCESS_KEY", "test"), "sqs", "list-queues");

        assertEquals(254, run.exitCode(), run.output());
        assertTrue(run.output().contains("An error occurred (InvalidClientTokenId) when calling the ListQueues "
                + "operation: The security token included in the request is invalid."), run.output());
    }
}
