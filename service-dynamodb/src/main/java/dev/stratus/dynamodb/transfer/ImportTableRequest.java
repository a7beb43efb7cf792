package dev.stratus.dynamodb.transfer;

/**
 * The members of an ImportTable request Stratus checks before refusing it.
 *
 * @param s3BucketSource          the bucket's name, {@code null} when the request gives no S3BucketSource
 * @param tableCreationParameters the new table's name, {@code null} when the request gives no parameters
 */
public record ImportTableRequest(String s3BucketSource, String inputFormat, String tableCreationParameters) {
}
