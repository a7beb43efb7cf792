package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A function URL made with the real AWS CLI v2, as its guide shows (create-function-url-config, then add-permission
 * for public access), and called with curl at its host form and its path form; an {@code AWS_IAM} URL called with
 * curl's own SigV4 signing.
 */
@InstalledDistribution
class FunctionUrlIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String functionUrl;
    private static String iamUrl;

    @BeforeAll
    static void createFunctionWithUrl(RunningStratus stratus) throws Exception {
        stratus.createNodeFunction("hello-url", "exports.handler = async (event) => ({ statusCode: 200,"
                + " headers: { 'content-type': 'text/plain' },"
                + " body: event.requestContext.http.method + ' ' + event.rawPath + '?' + event.rawQueryString });");
        functionUrl = stratus.awsJson("lambda", "create-function-url-config", "--function-name", "hello-url",
                "--auth-type", "NONE").get("FunctionUrl").asText();
        stratus.createNodeFunction("hello-iam", "exports.handler = async (event) => ({ statusCode: 200,"
                + " headers: { 'content-type': 'text/plain' }, body: 'signed ' + event.rawPath });");
        iamUrl = stratus.awsJson("lambda", "create-function-url-config", "--function-name", "hello-iam",
                "--auth-type", "AWS_IAM").get("FunctionUrl").asText();
    }

    @Test
    void theCliReadsTheUrlAndGrantsPublicAccess(RunningStratus stratus) throws Exception {
        JsonNode read = stratus.awsJson("lambda", "get-function-url-config", "--function-name", "hello-url");
        JsonNode added = stratus.awsJson("lambda", "add-permission", "--function-name", "hello-url",
                "--statement-id", "public-url", "--action", "lambda:InvokeFunctionUrl", "--principal", "*",
                "--function-url-auth-type", "NONE");

        assertEquals(functionUrl, read.get("FunctionUrl").asText());
        assertEquals("NONE", JSON.readTree(added.get("Statement").asText())
                .at("/Condition/StringEquals/lambda:FunctionUrlAuthType").asText());
    }

    @Test
    void curlCallsTheHostForm() throws Exception {
        assertEquals("GET /orders?id=7", curl(functionUrl + "orders?id=7"));
    }

    @Test
    void curlCallsThePathForm(RunningStratus stratus) throws Exception {
        String urlId = URI.create(functionUrl).getHost().split("\\.")[0];

        String answer = curl("http://127.0.0.1:" + stratus.port() + "/lambda-url/" + urlId + "/orders?id=8");

        assertEquals("GET /orders?id=8", answer);
    }

    @Test
    void curlSigningForLambdaCallsAnIamUrlAndAWrongSecretIsRefused() throws Exception {
        String signed = curl("--aws-sigv4", "aws:amz:us-east-1:lambda", "--user", "test:test", iamUrl + "orders");
        String wrong = curl("--aws-sigv4", "aws:amz:us-east-1:lambda", "--user", "test:wrong", "-w", " %{http_code}",
                iamUrl + "orders");
        String unsigned = curl("-w", " %{http_code}", iamUrl + "orders");

        assertEquals("signed /orders", signed);
        assertTrue(wrong.startsWith("{\"message\":\"The request signature we calculated does not match"), wrong);
        assertTrue(wrong.endsWith(" 403"), wrong);
        assertEquals("{\"Message\":\"Forbidden\"} 403", unsigned);
    }

    private static String curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "60"));
        command.addAll(List.of(args));
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(curl.waitFor(90, TimeUnit.SECONDS), "curl did not finish");
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, curl.exitValue(), output);
        return output;
    }
}
