package dev.stratus.lambda.function;

/**
 * A layer version a function uses, as its configuration keeps it (the version's content stays usable by the
 * function even once the version is deleted).
 *
 * @param arn          the layer version's ARN
 * @param codeSha256   base64 SHA-256 of the layer's zip, identifying its content in the code store
 * @param codeSize     the zip's size in bytes
 * @param unzippedSize the content's size once unpacked
 */
public record FunctionLayer(String arn, String codeSha256, long codeSize, long unzippedSize) {
}
