package dev.stratus.gateway.auth;

import dev.stratus.gateway.routing.CredentialScope;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A SigV4 signature as the request states it, from the {@code Authorization} header or a presigned URL. */
record Signature(String accessKey, String scopeDate, String region, String service, String date,
                 List<String> signedHeaders, String signature, Optional<Duration> expires) {

    String scope() {
        return scopeDate + "/" + region + "/" + service + "/aws4_request";
    }

    boolean presigned() {
        return expires.isPresent();
    }

    /** {@code AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=...}. */
    static Signature fromHeader(String authorization, SignedRequest request, SignatureErrors errors) {
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!algorithm.equals(SigV4Verifier.ALGORITHM)) {
            throw errors.unsupportedAlgorithm(algorithm);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : trimmed.substring(space + 1).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            }
        }
        Optional<String> date = request.header("x-amz-date").or(() -> request.header("date").flatMap(Signature::basicDate));
        List<String> missing = new ArrayList<>();
        Optional<CredentialScope> scope = CredentialScope.fromCredential(parts.get("Credential"));
        if (scope.isEmpty()) {
            missing.add("Authorization header requires 'Credential' parameter.");
        }
        if (!parts.containsKey("Signature")) {
            missing.add("Authorization header requires 'Signature' parameter.");
        }
        if (!parts.containsKey("SignedHeaders")) {
            missing.add("Authorization header requires 'SignedHeaders' parameter.");
        }
        if (date.isEmpty()) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            throw errors.incomplete(missing, authorization);
        }
        return of(scope.get(), date.get(), parts.get("SignedHeaders"), parts.get("Signature"), Optional.empty());
    }

    /** A presigned URL's {@code X-Amz-Credential}, {@code X-Amz-Date}, {@code X-Amz-Expires}, ... parameters. */
    static Signature fromQuery(SignedRequest request, SignatureErrors errors) {
        String algorithm = CanonicalRequest.queryParameter(request, "X-Amz-Algorithm").orElse("");
        if (!algorithm.equals(SigV4Verifier.ALGORITHM)) {
            throw errors.unsupportedAlgorithm(algorithm);
        }
        List<String> missing = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
                "X-Amz-Signature")) {
            Optional<String> value = CanonicalRequest.queryParameter(request, name);
            value.ifPresentOrElse(v -> values.put(name, v), () -> missing.add(
                    "AWS query-string parameters must include '" + name + "'."));
        }
        Optional<CredentialScope> scope = CredentialScope.fromCredential(values.get("X-Amz-Credential"));
        if (!missing.isEmpty() || scope.isEmpty()) {
            missing.add("Re-examine the query-string parameters.");
            throw errors.incomplete(missing, "");
        }
        Duration expires;
        try {
            expires = Duration.ofSeconds(Long.parseLong(values.get("X-Amz-Expires")));
        } catch (NumberFormatException e) {
            throw errors.mismatch();
        }
        return of(scope.get(), values.get("X-Amz-Date"), values.get("X-Amz-SignedHeaders"),
                values.get("X-Amz-Signature"), Optional.of(expires));
    }

    private static Signature of(CredentialScope scope, String date, String signedHeaders, String signature,
                                Optional<Duration> expires) {
        List<String> headers = Arrays.stream(signedHeaders.split(";"))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        return new Signature(scope.accessKey(), scope.date(), scope.region(), scope.service(), date, headers,
                signature, expires);
    }

    private static Optional<String> basicDate(String httpDate) {
        try {
            return Optional.of(SigV4Verifier.BASIC.format(ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
