package dev.stratus.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialScopeTest {

    @Test
    void readsAccessKeyRegionAndServiceFromAnAuthorizationHeader() {
        String header = "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-west-1/dynamodb/aws4_request, "
                + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=abcdef";

        CredentialScope scope = CredentialScope.fromAuthorization(header).orElseThrow();

        assertEquals(new CredentialScope("123456789012", "20240101", "eu-west-1", "dynamodb"), scope);
    }

    @Test
    void readsTheCredentialWhenItIsTheLastPartOfTheHeader() {
        Optional<CredentialScope> scope =
                CredentialScope.fromAuthorization("AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/lambda/aws4_request");

        assertEquals("lambda", scope.orElseThrow().service());
        assertEquals("us-west-2", scope.orElseThrow().region());
    }

    @Test
    void ignoresHeadersThatAreNotSigV4() {
        assertTrue(CredentialScope.fromAuthorization("Basic dXNlcjpwYXNz").isEmpty());
        assertTrue(CredentialScope.fromAuthorization(null).isEmpty());
        assertTrue(CredentialScope.fromCredential("AKID/20240101/us-east-1").isEmpty());
    }

    @Test
    void aCredentialHasExactlyFivePartsTrailingSlashesAside() {
        assertEquals(Optional.of(new CredentialScope("AKID", "20240101", "us-east-1", "sqs")),
                CredentialScope.fromCredential("AKID/20240101/us-east-1/sqs/aws4_request//"));
        assertEquals(Optional.of(new CredentialScope("AKID", "", "us-east-1", "sqs")),
                CredentialScope.fromCredential("AKID//us-east-1/sqs/aws4_request"));
        assertTrue(CredentialScope.fromCredential("AKID/20240101/us-east-1/sqs/").isEmpty());
        assertTrue(CredentialScope.fromCredential("AKID/20240101/us-east-1/sqs/aws4_request/more").isEmpty());
        assertTrue(CredentialScope.fromCredential("/20240101/us-east-1/sqs/aws4_request").isEmpty());
        assertTrue(CredentialScope.fromCredential("AKID/20240101//sqs/aws4_request").isEmpty());
        assertTrue(CredentialScope.fromCredential("AKID/20240101/us-east-1//aws4_request").isEmpty());
        assertTrue(CredentialScope.fromCredential("").isEmpty());
        assertTrue(CredentialScope.fromCredential("/////").isEmpty());
    }

    @Test
    void twelveDigitAccessKeysAreAccountsAndOthersUseTheDefaultAccount() {
        assertEquals("123456789012", AccountIds.fromAccessKey("123456789012"));
        assertEquals("000000000000", AccountIds.fromAccessKey("AKIAIOSFODNN7EXAMPLE"));
        assertEquals("000000000000", AccountIds.fromAccessKey("12345678901a"));
        assertEquals("000000000000", AccountIds.fromAccessKey(null));
    }
}
