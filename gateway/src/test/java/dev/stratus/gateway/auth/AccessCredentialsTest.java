package dev.stratus.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessCredentialsTest {

    @Test
    void pairsAreKeyColonSecretSeparatedByCommas() {
        AccessCredentials credentials = AccessCredentials.parse("test:test, 123456789012:s3cr:et");

        assertEquals(Optional.of("s3cr:et"), credentials.secretOf("123456789012"));
        assertEquals(new AccessCredentials.AccessCredential("test", "test"), credentials.first());
        assertEquals(Optional.empty(), credentials.secretOf("other"));
    }

    @Test
    void aPairWithoutASecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AccessCredentials.parse("test:test,lonely"));
    }
}
