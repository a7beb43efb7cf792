package dev.stratus.lambda.url;

import static dev.stratus.lambda.TestFunctions.ECHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestFunctions;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Cors;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;

@ExtendWith(StratusExtension.class)
class FunctionUrlRequestsTest {

    private static final String RESPONDING = "exports.handler = async (event) => ({ statusCode: 201, "
            + "headers: { 'X-Echo': event.requestContext.http.method }, cookies: ['a=1', 'b=2'], "
            + "body: Buffer.from(event.body, 'base64').reverse().toString('base64'), isBase64Encoded: true });";
    private static final String PLAIN = "exports.handler = async () => 'just text';";

    private static final AwsCredentialsIdentity TEST = AwsCredentialsIdentity.create("test", "test");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aGetThroughTheHostFormBecomesAVersionTwoEvent(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-echo", ECHO, FunctionUrlAuthType.NONE);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/items/7?color=red&size=L"))
                .header("Host", URI.create(url).getAuthority())
                .header("Cookie", "session=abc; theme=dark")
                .header("X-Custom", "yes")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        JsonNode event = mapper.readTree(response.body());
        assertEquals("2.0", event.get("version").asText());
        assertEquals("/items/7", event.get("rawPath").asText());
        assertEquals("color=red&size=L", event.get("rawQueryString").asText());
        assertEquals("red", event.at("/queryStringParameters/color").asText());
        assertEquals(List.of("session=abc", "theme=dark"),
                List.of(event.at("/cookies/0").asText(), event.at("/cookies/1").asText()));
        assertEquals("yes", event.at("/headers/x-custom").asText());
        assertEquals("GET", event.at("/requestContext/http/method").asText());
        assertEquals("/items/7", event.at("/requestContext/http/path").asText());
        assertTrue(event.at("/requestContext/http/sourceIp").isTextual());
        assertEquals(false, event.get("isBase64Encoded").asBoolean());
    }

    @Test
    void aBinaryPostThroughThePathFormIsBase64AndTheResultIsMapped(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-binary", RESPONDING, FunctionUrlAuthType.NONE);

        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(pathForm(endpoint, url, "/upload"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3, (byte) 0xff})).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(201, response.statusCode());
        assertEquals("POST", response.headers().firstValue("x-echo").orElse(""));
        assertEquals(List.of("a=1", "b=2"), response.headers().allValues("set-cookie"));
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, 3, 2, 1}),
                Base64.getEncoder().encodeToString(response.body()));
    }

    @Test
    void aPlainResultBecomesA200JsonBody(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-plain", PLAIN, FunctionUrlAuthType.NONE);

        HttpResponse<String> response = get(pathForm(endpoint, url, "/"));

        assertEquals(200, response.statusCode());
        assertEquals("just text", response.body());
    }

    @Test
    void anIamUrlRefusesAnUnsignedRequest(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-iam", ECHO, FunctionUrlAuthType.AWS_IAM);

        HttpResponse<String> response = get(pathForm(endpoint, url, "/"));

        assertEquals(403, response.statusCode());
        assertEquals("{\"Message\":\"Forbidden\"}", response.body());
    }

    @Test
    void anIamUrlInvokesTheFunctionForARequestSignedWithAKnownCredential(LambdaClient lambda, URI endpoint)
            throws Exception {
        String url = urlOf(lambda, "url-iam-signed", ECHO, FunctionUrlAuthType.AWS_IAM);

        HttpResponse<String> hostForm = sendSigned(endpoint, URI.create(url).resolve("/orders?id=7"), "{\"n\":1}", TEST);
        HttpResponse<String> pathForm = sendSigned(endpoint, pathForm(endpoint, url, "/orders"), "{}", TEST);

        assertEquals(200, hostForm.statusCode(), hostForm.body());
        JsonNode event = mapper.readTree(hostForm.body());
        assertEquals("/orders", event.get("rawPath").asText());
        assertEquals("{\"n\":1}", event.get("body").asText());
        assertEquals(200, pathForm.statusCode(), pathForm.body());
    }

    @Test
    void anIamUrlRefusesARequestSignedWithAWrongSecret(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-iam-wrong", ECHO, FunctionUrlAuthType.AWS_IAM);

        HttpResponse<String> response = sendSigned(endpoint, URI.create(url).resolve("/"), "{}",
                AwsCredentialsIdentity.create("test", "not-the-secret"));

        assertEquals(403, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        assertEquals("The request signature we calculated does not match the signature you provided. Check your AWS "
                + "Secret Access Key and signing method. Consult the service documentation for details.",
                mapper.readTree(response.body()).get("message").asText());
    }

    @Test
    void anIamUrlRefusesAnUnknownAccessKeyAndTakesAPresignedUrl(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-iam-keys", PLAIN, FunctionUrlAuthType.AWS_IAM);

        HttpResponse<String> unknown = sendSigned(endpoint, URI.create(url).resolve("/"), "{}",
                AwsCredentialsIdentity.create("nobody", "secret"));
        HttpResponse<String> presigned = send(endpoint, signed(pathForm(endpoint, url, "/"), "", TEST, true), "");

        assertEquals(403, unknown.statusCode());
        assertEquals("The security token included in the request is invalid.",
                mapper.readTree(unknown.body()).get("message").asText());
        assertEquals(200, presigned.statusCode(), presigned.body());
    }

    @Test
    void aNoneUrlTakesSignedAndUnsignedRequests(LambdaClient lambda, URI endpoint) throws Exception {
        String url = urlOf(lambda, "url-none-signed", PLAIN, FunctionUrlAuthType.NONE);

        HttpResponse<String> signed = sendSigned(endpoint, URI.create(url).resolve("/"), "", TEST);
        HttpResponse<String> unsigned = get(pathForm(endpoint, url, "/"));

        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals(200, unsigned.statusCode(), unsigned.body());
    }

    @Test
    void aPreflightIsAnsweredFromTheUrlsCorsSettings(LambdaClient lambda, URI endpoint) throws Exception {
        TestFunctions.create(lambda, "url-cors", ECHO);
        String url = lambda.createFunctionUrlConfig(r -> r.functionName("url-cors").authType(FunctionUrlAuthType.NONE)
                .cors(Cors.builder().allowOrigins("https://app.example").allowMethods("POST")
                        .allowHeaders("x-token").maxAge(300).build())).functionUrl();

        HttpResponse<String> preflight = preflight(pathForm(endpoint, url, "/"), "https://app.example");
        HttpResponse<String> other = preflight(pathForm(endpoint, url, "/"), "https://elsewhere.example");
        HttpResponse<String> call = http.send(HttpRequest.newBuilder(pathForm(endpoint, url, "/"))
                .header("Origin", "https://app.example").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, preflight.statusCode());
        assertEquals("https://app.example", preflight.headers().firstValue("access-control-allow-origin").orElse(""));
        assertEquals("POST", preflight.headers().firstValue("access-control-allow-methods").orElse(""));
        assertEquals("x-token", preflight.headers().firstValue("access-control-allow-headers").orElse(""));
        assertEquals("300", preflight.headers().firstValue("access-control-max-age").orElse(""));
        assertTrue(other.headers().firstValue("access-control-allow-origin").isEmpty());
        assertEquals("https://app.example", call.headers().firstValue("access-control-allow-origin").orElse(""));
    }

    @Test
    void anUnknownUrlIsForbidden(URI endpoint) throws IOException, InterruptedException {
        HttpResponse<String> response = get(endpoint.resolve("/lambda-url/nosuchurl/"));

        assertEquals(403, response.statusCode());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendSigned(URI endpoint, URI target, String body, AwsCredentialsIdentity credentials)
            throws IOException, InterruptedException {
        return send(endpoint, signed(target, body, credentials, false), body);
    }

    /**
     * A POST (a GET without body) to {@code target} signed for {@code lambda} in us-east-1 by the AWS SDK v2's
     * signer, in its {@code Authorization} header or, presigned, in its query.
     */
    private static SdkHttpRequest signed(URI target, String body, AwsCredentialsIdentity credentials, boolean presigned) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().uri(target)
                .method(body.isEmpty() ? SdkHttpMethod.GET : SdkHttpMethod.POST)
                .putHeader("Content-Type", "application/json").build();
        SignRequest.Builder<AwsCredentialsIdentity> signing = SignRequest.builder(credentials)
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "lambda")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1");
        if (presigned) {
            signing.putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(5));
        }
        return AwsV4HttpSigner.create().sign(signing.build()).request();
    }

    /** The signed request sent to the endpoint, with the host it was signed for in {@code Host}. */
    private HttpResponse<String> send(URI endpoint, SdkHttpRequest signed, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(signed.encodedPath()
                        + signed.encodedQueryParameters().map(query -> "?" + query).orElse("")))
                .method(signed.method().name(), body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("content-length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(URI uri, String origin) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String urlOf(LambdaClient lambda, String name, String source, FunctionUrlAuthType authType) {
        TestFunctions.create(lambda, name, source);
        return lambda.createFunctionUrlConfig(r -> r.functionName(name).authType(authType)).functionUrl();
    }

    /** The URL's path form, {@code <endpoint>/lambda-url/<url-id><path>}. */
    private static URI pathForm(URI endpoint, String url, String path) {
        String urlId = URI.create(url).getHost().split("\\.")[0];
        return endpoint.resolve("/lambda-url/" + urlId + path);
    }
}
