package dev.stratus.spi;

/** The AWS wire protocols Stratus speaks. */
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
