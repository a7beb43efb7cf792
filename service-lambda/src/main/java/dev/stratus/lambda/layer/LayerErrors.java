package dev.stratus.lambda.layer;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.AwsServiceException;

/** The errors of the layer operations and of functions referring to layers, worded as AWS words them. */
public final class LayerErrors {

    private LayerErrors() {
    }

    static AwsServiceException layerVersionNotFound() {
        return new AwsServiceException("ResourceNotFoundException", "The resource you requested does not exist.", 404);
    }

    static AwsServiceException noPolicy() {
        return new AwsServiceException("ResourceNotFoundException", "No policy is associated with the given resource.",
                404);
    }

    static AwsServiceException statementNotFound(String sid) {
        return new AwsServiceException("ResourceNotFoundException",
                "Statement " + sid + " is not found in resource policy.", 404);
    }

    static AwsServiceException statementExists(String sid) {
        return new AwsServiceException("ResourceConflictException", "The statement id (" + sid
                + ") provided already exists. Please provide a new statement id, or remove the existing statement.", 409);
    }

    static AwsServiceException policyRevisionMismatch() {
        return new AwsServiceException("PreconditionFailedException",
                "The Revision Id provided does not match the latest Revision Id. Call the GetLayerVersionPolicy API "
                        + "to retrieve the latest Revision Id", 412);
    }

    static AwsServiceException tooManyLayers() {
        return invalidParameter("Cannot reference more than 5 layers.");
    }

    static AwsServiceException malformedLayerArn(String arn) {
        return LambdaErrors.validation("'[" + arn + "]'", "layers", "Member must satisfy constraint: [Member must "
                + "satisfy regular expression pattern: " + LayerVersionArn.PATTERN_TEXT + "]");
    }

    static AwsServiceException layerVersionMissing(String arn) {
        return invalidParameter("Layer version " + arn + " does not exist.");
    }

    static AwsServiceException sameLayerTwice(String first, String second) {
        return invalidParameter("Two different versions of the same layer are not allowed to be referenced in the "
                + "same function. " + first + " and " + second + " share the same layer.");
    }

    private static AwsServiceException invalidParameter(String message) {
        return new AwsServiceException("InvalidParameterValueException", message, 400);
    }
}
