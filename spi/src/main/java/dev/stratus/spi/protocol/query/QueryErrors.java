package dev.stratus.spi.protocol.query;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceResponse;

/**
 * The query protocol's error document:
 * {@code <ErrorResponse><Error><Type>Sender</Type><Code>…</Code><Message>…</Message><Detail/></Error><RequestId>…</RequestId></ErrorResponse>}.
 */
public final class QueryErrors {

    private QueryErrors() {
    }

    /**
     * @param code         the query protocol's code of the error (it may differ from the JSON protocols' shape name)
     * @param xmlNamespace the service's namespace, or empty when the service is not known (no {@code xmlns} then)
     */
    public static ServiceResponse encode(AwsServiceException error, String code, String xmlNamespace, String requestId) {
        XmlWriter xml = xmlNamespace.isEmpty() ? new XmlWriter().start("ErrorResponse")
                : new XmlWriter().start("ErrorResponse", xmlNamespace);
        xml.start("Error")
                .element("Type", error.fault() == AwsServiceException.Fault.SENDER ? "Sender" : "Receiver")
                .element("Code", code);
        if (error.getMessage() != null) {
            xml.element("Message", error.getMessage());
        }
        xml.empty("Detail").end().element("RequestId", requestId).end();
        return ServiceResponse.of(error.httpStatus(), Protocol.AWS_QUERY.contentType(), xml.toBytes());
    }
}
