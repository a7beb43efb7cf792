package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.CommonErrors;
import dev.stratus.spi.protocol.JsonErrors;
import dev.stratus.spi.protocol.RestJsonErrors;
import java.util.Map;

/** Errors the gateway answers itself, before any service sees the request, in the protocol the client speaks. */
public final class GatewayErrors {

    private final ObjectMapper mapper;

    public GatewayErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ServiceResponse noService(String target, String method, String path, String scopeService) {
        String asked = target != null ? target
                : scopeService != null ? "service '" + scopeService + "' (" + method + " " + path + ")"
                : method + " " + path;
        AwsServiceException error = new AwsServiceException("UnknownOperationException",
                "No service of this Stratus serves " + asked + ".", 400, AwsServiceException.Fault.SENDER,
                CommonErrors.CORAL_SERVICE, Map.of());
        return encode(error, target != null);
    }

    ServiceResponse encode(AwsServiceException error, boolean jsonProtocol) {
        return jsonProtocol
                ? JsonErrors.encode(error, CommonErrors.CORAL_SERVICE, Protocol.AWS_JSON_1_0, mapper)
                : RestJsonErrors.encode(error, mapper);
    }
}
