package dev.stratus.gateway.auth;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;
import java.util.Map;

/**
 * The refusals of SigV4 verification in AWS's words. JSON-protocol services answer them with 400, REST-JSON
 * services (Lambda) with 403.
 */
final class SignatureErrors {

    private final int status;

    SignatureErrors(int status) {
        this.status = status;
    }

    AwsServiceException missingToken() {
        return error("MissingAuthenticationTokenException", "Request is missing Authentication Token");
    }

    AwsServiceException incomplete(List<String> missing, String authorization) {
        StringBuilder message = new StringBuilder();
        missing.forEach(requirement -> message.append(requirement).append(' '));
        return error("IncompleteSignatureException", message.append("Authorization=").append(authorization).toString());
    }

    AwsServiceException unsupportedAlgorithm(String algorithm) {
        return error("IncompleteSignatureException", "Unsupported AWS 'algorithm': '" + algorithm + "'");
    }

    AwsServiceException unknownAccessKey() {
        return error("UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    AwsServiceException mismatch() {
        return error("InvalidSignatureException", "The request signature we calculated does not match the signature "
                + "you provided. Check your AWS Secret Access Key and signing method. Consult the service "
                + "documentation for details.");
    }

    AwsServiceException expired(String signedAt, String earliest, String now) {
        return error("InvalidSignatureException",
                "Signature expired: " + signedAt + " is now earlier than " + earliest + " (" + now + " - 15 min.)");
    }

    AwsServiceException notYetCurrent(String signedAt, String latest, String now) {
        return error("InvalidSignatureException",
                "Signature not yet current: " + signedAt + " is still later than " + latest + " (" + now + " + 15 min.)");
    }

    AwsServiceException presignExpired(String expiredAt, String now) {
        return error("InvalidSignatureException", "Signature expired: " + expiredAt + " is now earlier than " + now);
    }

    AwsServiceException credentialDateMismatch(String scopeDate, String signedAt) {
        return error("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                + "version of date from HTTP: '" + scopeDate + "' != '" + signedAt.substring(0, 8)
                + "', from '" + signedAt + "'.");
    }

    private AwsServiceException error(String code, String message) {
        return new AwsServiceException(code, message, status, AwsServiceException.Fault.SENDER,
                CommonErrors.CORAL_SERVICE, Map.of());
    }
}
