package dev.stratus.spi;

/**
 * The AWS wire protocols Stratus speaks. A {@link ServiceDescriptor} names one; the gateway uses it to pick
 * the request's service (by {@code X-Amz-Target} for the JSON protocols, by path for REST-JSON) and to write
 * the errors it answers itself, such as an unknown operation, in that protocol's shape. A new constant is an
 * SPI change: every protocol here has a helper in {@code dev.stratus.spi.protocol} and the gateway's support.
 */
public enum Protocol {
    /** {@code application/x-amz-json-1.0}, operation in {@code X-Amz-Target} (DynamoDB, DynamoDB Streams). */
    AWS_JSON_1_0("application/x-amz-json-1.0"),
    /** {@code application/x-amz-json-1.1}, operation in {@code X-Amz-Target}. */
    AWS_JSON_1_1("application/x-amz-json-1.1"),
    /** HTTP method and path select the operation; errors name their type in {@code X-Amzn-ErrorType} (Lambda). */
    REST_JSON("application/json"),
    /** Form-encoded {@code Action=...} requests, XML responses and XML error documents (SQS's older clients, SNS). */
    AWS_QUERY("text/xml");

    private final String contentType;

    Protocol(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean usesTarget() {
        return this == AWS_JSON_1_0 || this == AWS_JSON_1_1;
    }
}
