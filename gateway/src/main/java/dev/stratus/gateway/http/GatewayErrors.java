package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.CommonErrors;
import dev.stratus.spi.protocol.JsonErrors;
import dev.stratus.spi.protocol.RestJsonErrors;
import java.util.Map;

/** Errors the gateway answers itself, in the protocol the client speaks. */
final class GatewayErrors {

    private final ObjectMapper mapper;

    GatewayErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static AwsServiceException noService(String target, String method, String path, String scopeService) {
        String asked = target != null ? target
                : scopeService != null ? "service '" + scopeService + "' (" + method + " " + path + ")"
                : method + " " + path;
        return new AwsServiceException("UnknownOperationException",
                "No service of this Stratus serves " + asked + ".", 400, AwsServiceException.Fault.SENDER,
                CommonErrors.CORAL_SERVICE, Map.of());
    }

    ServiceResponse encode(AwsServiceException error, Exchange exchange) {
        if (!exchange.speaksTargetProtocol()) {
            return RestJsonErrors.encode(error, mapper);
        }
        Protocol protocol = exchange.service().map(s -> s.descriptor().protocol()).orElse(Protocol.AWS_JSON_1_0);
        return JsonErrors.encode(error, CommonErrors.CORAL_SERVICE, protocol, mapper);
    }

    /** The 500 of a request that failed unexpectedly: the service's own form of it, else {@code InternalFailure}. */
    ServiceResponse unexpectedFailure(Exchange exchange) {
        return exchange.service().flatMap(service -> exchange.context()
                        .flatMap(context -> service.handler().unexpectedFailure(context)))
                .orElseGet(() -> encode(CommonErrors.internalFailure("InternalFailure", exchange.requestId()), exchange));
    }
}
