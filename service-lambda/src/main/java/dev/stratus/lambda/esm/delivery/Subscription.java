package dev.stratus.lambda.esm.delivery;

/**
 * One enabled event source mapping as the delivery engine runs it.
 *
 * @param mappingUuid the mapping's UUID
 * @param sourceArn   the event source it reads (a DynamoDB stream)
 * @param functionArn the function it invokes (with its qualifier, if any)
 * @param options     how it delivers
 */
public record Subscription(String mappingUuid, String sourceArn, String functionArn, DeliveryOptions options) {
}
