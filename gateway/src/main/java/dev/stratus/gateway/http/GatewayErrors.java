package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.CommonErrors;
import dev.stratus.spi.protocol.JsonErrors;
import dev.stratus.spi.protocol.RestJsonErrors;
import dev.stratus.spi.protocol.query.QueryErrors;
import java.util.Map;

/** Errors the gateway answers itself, in the protocol the client speaks. */
final class GatewayErrors {

    private static final String UNKNOWN_OPERATION = "UnknownOperationException";

    private final ObjectMapper mapper;

    GatewayErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static AwsServiceException noService(String target, String method, String path, String scopeService) {
        String asked = target != null ? target
                : scopeService != null ? "service '" + scopeService + "' (" + method + " " + path + ")"
                : method + " " + path;
        return noService(asked);
    }

    /** A query protocol form whose {@code Version} is no running service's. */
    static AwsServiceException noQueryService(String action, String version) {
        return noService("the action '" + action + "' of API version '" + version + "'");
    }

    private static AwsServiceException noService(String asked) {
        return new AwsServiceException(UNKNOWN_OPERATION, "No service of this Stratus serves " + asked + ".", 400,
                AwsServiceException.Fault.SENDER, CommonErrors.CORAL_SERVICE, Map.of());
    }

    ServiceResponse encode(AwsServiceException error, Exchange exchange) {
        switch (exchange.protocol()) {
            case AWS_QUERY:
                String code = error.errorCode().equals(UNKNOWN_OPERATION) ? "InvalidAction" : error.errorCode();
                return QueryErrors.encode(error, code,
                        exchange.queryApi().map(ServiceDescriptor.QueryApi::xmlNamespace).orElse(""), exchange.requestId());
            case REST_JSON:
                return RestJsonErrors.encode(error, mapper);
            default:
                return JsonErrors.encode(error, CommonErrors.CORAL_SERVICE, exchange.protocol(), mapper);
        }
    }

    /** The 500 of a request that failed unexpectedly: the service's own form of it, else {@code InternalFailure}. */
    ServiceResponse unexpectedFailure(Exchange exchange) {
        return exchange.service().flatMap(service -> exchange.context()
                        .flatMap(context -> service.handler().unexpectedFailure(context)))
                .orElseGet(() -> encode(CommonErrors.internalFailure("InternalFailure", exchange.requestId()), exchange));
    }
}
