package dev.stratus.spi.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ServiceHandler} for the AWS JSON 1.0 and 1.1 protocols: the operation comes from
 * {@code X-Amz-Target}, input and output are JSON, errors carry {@code __type}; optionally every response
 * (errors too) carries {@code x-amz-crc32}.
 */
public final class AwsJsonHandler implements ServiceHandler {

    private final Protocol protocol;
    private final String targetPrefix;
    private final String errorNamespace;
    private final String internalErrorCode;
    private final boolean crc32;
    private final ObjectMapper mapper;
    private final Map<String, JsonOperation> operations;

    private AwsJsonHandler(Builder builder) {
        this.protocol = builder.protocol;
        this.targetPrefix = Objects.requireNonNull(builder.targetPrefix, "targetPrefix");
        this.errorNamespace = builder.errorNamespace;
        this.internalErrorCode = builder.internalErrorCode;
        this.crc32 = builder.crc32;
        this.mapper = builder.mapper;
        this.operations = Map.copyOf(builder.operations);
    }

    public static Builder builder(ObjectMapper mapper) {
        return new Builder(mapper);
    }

    /** The operation named by an {@code X-Amz-Target} value, or empty when the target has another prefix. */
    private static String operationOf(String target, String prefix) {
        if (target == null || !target.startsWith(prefix + ".")) {
            return "";
        }
        return target.substring(prefix.length() + 1);
    }

    /**
     * Runs the operation the context names (the gateway takes it from {@code X-Amz-Target}); a context without one,
     * as a caller outside the gateway may give, has it read from the request's target here.
     */
    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        ServiceResponse response;
        try {
            response = ok(dispatch(request, context));
        } catch (AwsServiceException e) {
            response = JsonErrors.encode(e, errorNamespace, protocol, mapper);
        }
        return withChecksum(response);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return Optional.of(withChecksum(JsonErrors.encode(
                CommonErrors.internalFailure(internalErrorCode, context.requestId()), errorNamespace, protocol, mapper)));
    }

    private ServiceResponse withChecksum(ServiceResponse response) {
        return crc32 ? response.withHeader("x-amz-crc32", Checksums.crc32(response.body())) : response;
    }

    private JsonNode dispatch(ServiceRequest request, RequestContext context) {
        String operationName = context.operation().isEmpty()
                ? operationOf(request.header("x-amz-target").orElse(null), targetPrefix)
                : context.operation();
        JsonOperation operation = operations.get(operationName);
        if (operation == null) {
            throw CommonErrors.unknownOperation(operationName);
        }
        JsonNode input = JsonBodies.parseObject(mapper, request.body());
        JsonNode output = operation.handle(input, context.withOperation(operationName));
        return output == null ? mapper.createObjectNode() : output;
    }

    private ServiceResponse ok(JsonNode output) {
        try {
            return ServiceResponse.of(200, protocol.contentType(), mapper.writeValueAsBytes(output));
        } catch (IOException e) {
            throw new IllegalStateException("Output not serialisable", e);
        }
    }

    /** Assembles an {@link AwsJsonHandler}. */
    public static final class Builder {
        private final ObjectMapper mapper;
        private final Map<String, JsonOperation> operations = new HashMap<>();
        private Protocol protocol = Protocol.AWS_JSON_1_0;
        private String targetPrefix;
        private String errorNamespace;
        private String internalErrorCode = "InternalFailure";
        private boolean crc32;

        private Builder(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
        }

        public Builder protocol(Protocol value) {
            if (!value.usesTarget()) {
                throw new IllegalArgumentException(value + " is not a JSON target protocol");
            }
            this.protocol = value;
            return this;
        }

        /** The {@code X-Amz-Target} prefix, e.g. {@code DynamoDB_20120810}. */
        public Builder targetPrefix(String value) {
            this.targetPrefix = value;
            return this;
        }

        /** The {@code __type} namespace of the service's own errors, e.g. {@code com.amazonaws.dynamodb.v20120810}. */
        public Builder errorNamespace(String value) {
            this.errorNamespace = value;
            return this;
        }

        /** The code of the 500 answered for unexpected failures ({@code InternalFailure} unless set). */
        public Builder internalErrorCode(String value) {
            this.internalErrorCode = value;
            return this;
        }

        /** Whether every response carries {@code x-amz-crc32} (DynamoDB's do). */
        public Builder crc32(boolean value) {
            this.crc32 = value;
            return this;
        }

        public Builder operation(String name, JsonOperation operation) {
            if (operations.putIfAbsent(name, operation) != null) {
                throw new IllegalArgumentException("Operation bound twice: " + name);
            }
            return this;
        }

        public AwsJsonHandler build() {
            return new AwsJsonHandler(this);
        }
    }
}
