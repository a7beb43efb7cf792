package dev.stratus.lambda.url;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.function.FunctionArn;

/**
 * A function URL: the function (unqualified, or qualified by an alias) it invokes, and how.
 *
 * @param function     the function or alias the URL invokes
 * @param urlId        the URL's id, the first label of its host name
 * @param authType     {@code NONE} or {@code AWS_IAM}
 * @param cors         the CORS settings as sent (empty when none)
 * @param invokeMode   {@code BUFFERED} or {@code RESPONSE_STREAM}
 * @param creationTime when it was created, ISO-8601
 * @param lastModified when it was last changed, ISO-8601
 */
public record FunctionUrlConfig(FunctionArn function, String urlId, String authType, ObjectNode cors,
                                String invokeMode, String creationTime, String lastModified) {

    FunctionUrlConfig changed(String newAuthType, ObjectNode newCors, String newInvokeMode, String now) {
        return new FunctionUrlConfig(function, urlId, newAuthType, newCors, newInvokeMode, creationTime, now);
    }
}
