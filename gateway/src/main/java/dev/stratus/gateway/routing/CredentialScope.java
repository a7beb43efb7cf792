package dev.stratus.gateway.routing;

import java.util.Optional;

/**
 * The credential of a SigV4-signed request: {@code AKID/20240101/us-east-1/dynamodb/aws4_request}, from the
 * {@code Authorization} header or a presigned URL's {@code X-Amz-Credential}. Signatures are not verified.
 */
public record CredentialScope(String accessKey, String date, String region, String service) {

    private static final String CREDENTIAL = "Credential=";
    /** Access key, date, region, service and the terminator. */
    private static final int PARTS = 5;

    /** The scope of an {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...} header. */
    public static Optional<CredentialScope> fromAuthorization(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        int start = authorization.indexOf(CREDENTIAL);
        if (start < 0) {
            return Optional.empty();
        }
        start += CREDENTIAL.length();
        int end = authorization.indexOf(',', start);
        String credential = (end < 0 ? authorization.substring(start) : authorization.substring(start, end)).trim();
        return fromCredential(credential);
    }

    /**
     * The scope of a credential string {@code AKID/date/region/service/aws4_request}: five parts (trailing slashes
     * ignored) with a non-empty access key, region and service.
     */
    public static Optional<CredentialScope> fromCredential(String credential) {
        if (credential == null) {
            return Optional.empty();
        }
        int end = credential.length();
        while (end > 0 && credential.charAt(end - 1) == '/') {
            end--;
        }
        String[] parts = new String[PARTS - 1];
        int start = 0;
        for (int i = 0; i < parts.length; i++) {
            int slash = credential.indexOf('/', start);
            if (slash < 0 || slash >= end) {
                return Optional.empty();
            }
            parts[i] = credential.substring(start, slash);
            start = slash + 1;
        }
        int extra = credential.indexOf('/', start);
        if ((extra >= 0 && extra < end) || parts[0].isEmpty() || parts[2].isEmpty() || parts[3].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CredentialScope(parts[0], parts[1], parts[2], parts[3]));
    }
}
