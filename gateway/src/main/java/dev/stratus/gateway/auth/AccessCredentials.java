package dev.stratus.gateway.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The access keys Stratus knows and their secrets, from {@code auth.credentials} ({@code KEY:SECRET,KEY:SECRET}). */
public final class AccessCredentials {

    private final List<AccessCredential> credentials;
    private final Map<String, String> secrets;

    private AccessCredentials(List<AccessCredential> credentials) {
        this.credentials = List.copyOf(credentials);
        Map<String, String> byKey = new LinkedHashMap<>();
        credentials.forEach(c -> byKey.put(c.accessKey(), c.secretKey()));
        this.secrets = Map.copyOf(byKey);
    }

    /** Parses the setting; a pair without both a key and a secret is an {@link IllegalArgumentException}. */
    public static AccessCredentials parse(String setting) {
        List<AccessCredential> parsed = new ArrayList<>();
        for (String pair : setting.split(",")) {
            String trimmed = pair.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalArgumentException("expected KEY:SECRET pairs separated by commas, found '" + trimmed + "'");
            }
            parsed.add(new AccessCredential(trimmed.substring(0, colon), trimmed.substring(colon + 1)));
        }
        return new AccessCredentials(parsed);
    }

    public Optional<String> secretOf(String accessKey) {
        return Optional.ofNullable(secrets.get(accessKey));
    }

    /** The first credential configured: the one Stratus's own clients sign with. */
    public AccessCredential first() {
        return credentials.get(0);
    }

    /** An access key and its secret. */
    public record AccessCredential(String accessKey, String secretKey) {
    }
}
