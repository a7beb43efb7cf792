package dev.stratus.gateway.auth;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.List;
import java.util.Map;

/**
 * The refusals of SigV4 verification in AWS's words and in the protocol of the service asked: the JSON protocols
 * (DynamoDB) answer them with 400, REST-JSON (Lambda) with 403, both with the {@code …Exception} codes; the query
 * protocol (SQS, SNS) with its own codes ({@code SignatureDoesNotMatch}, {@code InvalidClientTokenId},
 * {@code MissingAuthenticationToken} with 403, {@code IncompleteSignature} with 400).
 */
final class SignatureErrors {

    private final Protocol protocol;

    SignatureErrors(Protocol protocol) {
        this.protocol = protocol;
    }

    AwsServiceException missingToken() {
        return error("MissingAuthenticationTokenException", "MissingAuthenticationToken", 403,
                "Request is missing Authentication Token");
    }

    AwsServiceException incomplete(List<String> missing, String authorization) {
        StringBuilder message = new StringBuilder();
        missing.forEach(requirement -> message.append(requirement).append(' '));
        return incomplete(message.append("Authorization=").append(authorization).toString());
    }

    AwsServiceException unsupportedAlgorithm(String algorithm) {
        return incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'");
    }

    AwsServiceException unknownAccessKey() {
        return error("UnrecognizedClientException", "InvalidClientTokenId", 403,
                "The security token included in the request is invalid.");
    }

    AwsServiceException mismatch() {
        return invalidSignature("The request signature we calculated does not match the signature "
                + "you provided. Check your AWS Secret Access Key and signing method. Consult the service "
                + "documentation for details.");
    }

    AwsServiceException expired(String signedAt, String earliest, String now) {
        return invalidSignature(
                "Signature expired: " + signedAt + " is now earlier than " + earliest + " (" + now + " - 15 min.)");
    }

    AwsServiceException notYetCurrent(String signedAt, String latest, String now) {
        return invalidSignature(
                "Signature not yet current: " + signedAt + " is still later than " + latest + " (" + now + " + 15 min.)");
    }

    AwsServiceException presignExpired(String expiredAt, String now) {
        return invalidSignature("Signature expired: " + expiredAt + " is now earlier than " + now);
    }

    AwsServiceException credentialDateMismatch(String scopeDate, String signedAt) {
        return invalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                + "version of date from HTTP: '" + scopeDate + "' != '" + signedAt.substring(0, 8)
                + "', from '" + signedAt + "'.");
    }

    private AwsServiceException incomplete(String message) {
        return error("IncompleteSignatureException", "IncompleteSignature", 400, message);
    }

    private AwsServiceException invalidSignature(String message) {
        return error("InvalidSignatureException", "SignatureDoesNotMatch", 403, message);
    }

    /** An error with the JSON protocols' code, or with the query protocol's code and status. */
    private AwsServiceException error(String code, String queryCode, int queryStatus, String message) {
        boolean query = protocol == Protocol.AWS_QUERY;
        int status = query ? queryStatus : protocol == Protocol.REST_JSON ? 403 : 400;
        return new AwsServiceException(query ? queryCode : code, message, status, AwsServiceException.Fault.SENDER,
                CommonErrors.CORAL_SERVICE, Map.of());
    }
}
