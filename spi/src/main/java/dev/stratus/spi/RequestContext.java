package dev.stratus.spi;

import java.time.Instant;

/**
 * Who asked what, resolved by the gateway before a service sees the request.
 *
 * @param requestId  the id sent back in {@code x-amzn-RequestId}
 * @param accountId  12 digits: the access key when it is 12 digits, else {@code 000000000000}
 * @param region     from the SigV4 credential scope, else the configured default region
 * @param service    the {@link ServiceDescriptor#name()} the request was routed to
 * @param operation  the operation when the protocol names it up front ({@code X-Amz-Target}), else empty
 * @param receivedAt when the gateway received the request, by the platform clock
 * @param accessKey  the access key of the SigV4 credential, or empty for unsigned requests
 */
public record RequestContext(
        String requestId,
        String accountId,
        String region,
        String service,
        String operation,
        Instant receivedAt,
        String accessKey) {

    public RequestContext withOperation(String newOperation) {
        return new RequestContext(requestId, accountId, region, service, newOperation, receivedAt, accessKey);
    }
}
