package dev.stratus.lambda.code;

/**
 * A deployment package kept by the {@link CodeStore}.
 *
 * @param codeSha256 base64 SHA-256 of the zip, as Lambda reports it
 * @param codeSize   the zip's size in bytes
 */
public record StoredCode(String codeSha256, long codeSize) {
}
