package dev.stratus.it.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests built by hand, for what an SDK client will not send: odd bodies, old or presigned signatures. */
final class RawRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> SET_BY_THE_CLIENT = Set.of("host", "content-length");

    private RawRequests() {
    }

    /** A DynamoDB request with the given body and extra headers (name, value, name, value, ...), unsigned. */
    static HttpRequest.Builder dynamoDb(URI endpoint, String operation, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    /** A query protocol request as older SDKs send it: a form POST naming Action and Version, unsigned. */
    static HttpRequest.Builder form(URI endpoint, String form) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** How to sign: credentials, the signer's clock, and for a presigned URL how long it lives. */
    record Signing(String accessKey, String secretKey, String service, Clock clock, Duration presignedFor,
                   boolean inChunks) {

        static Signing header(String accessKey, String secretKey, String service, Clock clock) {
            return new Signing(accessKey, secretKey, service, clock, null, false);
        }

        static Signing presigned(String accessKey, String secretKey, String service, Clock clock, Duration lifetime) {
            return new Signing(accessKey, secretKey, service, clock, lifetime, false);
        }

        /** The payload signed in chunks ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}), sent {@code aws-chunked}. */
        static Signing inChunks(String accessKey, String secretKey, String service) {
            return new Signing(accessKey, secretKey, service, Clock.systemUTC(), null, true);
        }
    }

    /** The request signed as the AWS SDK v2 signs it, sent with the JDK's client. */
    static HttpResponse<byte[]> sendSigned(SdkHttpRequest request, String body, Signing signing)
            throws IOException, InterruptedException {
        return sendSigned(request, body, signing, sent -> sent);
    }

    /** The request signed, its signed payload changed by {@code tamper} on the way. */
    static HttpResponse<byte[]> sendSigned(SdkHttpRequest request, String body, Signing signing,
                                           UnaryOperator<byte[]> tamper) throws IOException, InterruptedException {
        SignRequest.Builder<AwsCredentialsIdentity> sign = SignRequest.builder(
                        AwsCredentialsIdentity.create(signing.accessKey(), signing.secretKey()))
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, signing.service())
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, signing.clock());
        if (signing.inChunks()) {
            sign.putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true);
        }
        if (signing.presignedFor() != null) {
            sign.putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, signing.presignedFor());
        }
        SignedRequest signedRequest = AwsV4HttpSigner.create().sign(sign.build());
        SdkHttpRequest signed = signedRequest.request();
        byte[] payload;
        try (InputStream in = signedRequest.payload().orElseThrow().newStream()) {
            payload = tamper.apply(in.readAllBytes());
        }
        HttpRequest.Builder out = HttpRequest.newBuilder(signed.getUri())
                .method(signed.method().name(), body.isEmpty() && signed.method() == SdkHttpMethod.GET
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(payload));
        signed.forEachHeader((name, values) -> {
            if (!SET_BY_THE_CLIENT.contains(name.toLowerCase())) {
                values.forEach(value -> out.header(name, value));
            }
        });
        return send(out);
    }
}
