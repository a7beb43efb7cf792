package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.code.CodeLimits;
import dev.stratus.spi.protocol.RestRequest;
import java.util.Base64;

/** A zip uploaded inline, as functions' code and layers' content are: limits on the request, then its decoding. */
public final class ZipUpload {

    private ZipUpload() {
    }

    /** Refuses a request larger than an upload of the largest zip Lambda accepts. */
    public static void checkRequestSize(RestRequest request) {
        if (request.raw().body().length > CodeLimits.MAX_UPLOAD_REQUEST_BYTES) {
            throw LambdaErrors.createRequestTooLarge(request.context().operation(), CodeLimits.MAX_UPLOAD_REQUEST_BYTES);
        }
    }

    /** The zip a {@code Code} or {@code Content} structure (or an UpdateFunctionCode body) carries. */
    public static byte[] zipOf(JsonNode code) {
        String zipFile = JsonMembers.text(code, "ZipFile");
        if (zipFile != null) {
            try {
                return Base64.getDecoder().decode(zipFile);
            } catch (IllegalArgumentException e) {
                throw LambdaErrors.invalidParameter(
                        "Could not unzip uploaded file. Please check your file, then try to upload again.");
            }
        }
        String bucket = JsonMembers.text(code, "S3Bucket");
        if (bucket != null) {
            throw LambdaErrors.invalidParameter("Error occurred while GetObject. S3 Error Code: NoSuchBucket. "
                    + "S3 Error Message: The specified bucket does not exist");
        }
        throw LambdaErrors.invalidParameter("Please provide a source for function code.");
    }
}
