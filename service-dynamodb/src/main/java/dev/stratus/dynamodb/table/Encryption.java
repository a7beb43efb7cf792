package dev.stratus.dynamodb.table;

/**
 * A table encrypted with a KMS key rather than the key AWS owns (the default, which DescribeTable does not show).
 *
 * @param kmsMasterKeyArn the key DescribeTable's {@code SSEDescription} names
 */
public record Encryption(String kmsMasterKeyArn) {
}
