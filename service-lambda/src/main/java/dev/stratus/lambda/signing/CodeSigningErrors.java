package dev.stratus.lambda.signing;

import dev.stratus.spi.AwsServiceException;

/** The errors of code signing configurations, worded as AWS Lambda words them. */
final class CodeSigningErrors {

    private CodeSigningErrors() {
    }

    static AwsServiceException configNotFound(String arn) {
        return new AwsServiceException("ResourceNotFoundException",
                "The Lambda code signing configuration " + arn + " can not be found.", 404);
    }

    /** PutFunctionCodeSigningConfig names a configuration that does not exist. */
    static AwsServiceException attachedConfigNotFound(String arn) {
        return new AwsServiceException("CodeSigningConfigNotFoundException", "The code signing configuration cannot be "
                + "found. Check that the provided configuration is not deleted: " + arn + ".", 404);
    }
}
