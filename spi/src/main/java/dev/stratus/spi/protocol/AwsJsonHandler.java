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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

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
    private final OperationTable operations;
    private final UnaryOperator<String> queryErrorCodes;
    private final BiConsumer<String, JsonNode> inputCheck;

    private AwsJsonHandler(Builder builder) {
        this.protocol = builder.protocol;
        this.targetPrefix = Objects.requireNonNull(builder.targetPrefix, "targetPrefix");
        this.errorNamespace = builder.errorNamespace;
        this.internalErrorCode = builder.internalErrorCode;
        this.crc32 = builder.crc32;
        this.mapper = builder.mapper;
        this.operations = new OperationTable().addAll(builder.operations);
        this.queryErrorCodes = builder.queryErrorCodes;
        this.inputCheck = builder.inputCheck;
    }

    public static Builder builder(ObjectMapper mapper) {
        return new Builder(mapper);
    }

    /** The operation named by an {@code X-Amz-Target} value, or empty when the target has another prefix. */
    public static String operationOf(String target, String prefix) {
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
        return Completions.join(handleAsync(request, context));
    }

    /** Answers client mistakes with the protocol's error; an unexpected failure completes the stage exceptionally. */
    @Override
    public CompletionStage<ServiceResponse> handleAsync(ServiceRequest request, RequestContext context) {
        String operationName = context.operation().isEmpty()
                ? operationOf(request.header("x-amz-target").orElse(null), targetPrefix)
                : context.operation();
        CompletionStage<JsonNode> output;
        try {
            output = dispatch(operationName, request, context.withOperation(operationName));
        } catch (RuntimeException e) {
            output = CompletableFuture.failedFuture(e);
        }
        return output.thenApply(this::ok).exceptionally(failure -> error(Completions.clientMistake(failure)))
                .thenApply(this::withChecksum);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return Optional.of(withChecksum(JsonErrors.encode(
                CommonErrors.internalFailure(internalErrorCode, context.requestId()), errorNamespace, protocol, mapper)));
    }

    private ServiceResponse withChecksum(ServiceResponse response) {
        return crc32 ? response.withHeader("x-amz-crc32", Checksums.crc32(response.body())) : response;
    }

    private CompletionStage<JsonNode> dispatch(String operationName, ServiceRequest request, RequestContext context) {
        AsyncJsonOperation operation = operations.get(operationName)
                .orElseThrow(() -> CommonErrors.unknownOperation(operationName));
        JsonNode input = JsonBodies.parseObject(mapper, request.body());
        inputCheck.accept(operationName, input);
        return operation.handle(input, context);
    }

    private ServiceResponse error(AwsServiceException error) {
        ServiceResponse response = JsonErrors.encode(error, errorNamespace, protocol, mapper);
        if (queryErrorCodes == null) {
            return response;
        }
        String fault = error.fault() == AwsServiceException.Fault.SENDER ? "Sender" : "Receiver";
        return response.withHeader("x-amzn-query-error", queryErrorCodes.apply(error.errorCode()) + ";" + fault);
    }

    private ServiceResponse ok(JsonNode output) {
        if (output == null) {
            return ok(mapper.createObjectNode());
        }
        try {
            return ServiceResponse.of(200, protocol.contentType(), mapper.writeValueAsBytes(output));
        } catch (IOException e) {
            throw new IllegalStateException("Output not serialisable", e);
        }
    }

    /** Assembles an {@link AwsJsonHandler}. */
    public static final class Builder {
        private final ObjectMapper mapper;
        private final OperationTable operations = new OperationTable();
        private UnaryOperator<String> queryErrorCodes;
        private Protocol protocol = Protocol.AWS_JSON_1_0;
        private String targetPrefix;
        private String errorNamespace;
        private String internalErrorCode = "InternalFailure";
        private boolean crc32;
        private BiConsumer<String, JsonNode> inputCheck = (operation, input) -> { };

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

        /**
         * Makes every error carry {@code x-amzn-query-error: <query code>;Sender} (services whose model is
         * {@code awsQueryCompatible}, such as SQS): {@code codes} maps an error code to its query protocol code.
         */
        public Builder queryCompatible(UnaryOperator<String> codes) {
            this.queryErrorCodes = codes;
            return this;
        }

        /**
         * A check every operation's input passes before the operation sees it (given the operation's name and the
         * parsed input); it refuses an input by throwing an {@link AwsServiceException}. Typically a
         * {@link dev.stratus.spi.protocol.model.ModelValidator} over the service's API model.
         */
        public Builder inputCheck(BiConsumer<String, JsonNode> value) {
            this.inputCheck = Objects.requireNonNull(value, "inputCheck");
            return this;
        }

        public Builder operation(String name, JsonOperation operation) {
            operations.add(name, operation);
            return this;
        }

        /** Every operation of the table (a service that answers more than one protocol shares one table). */
        public Builder operations(OperationTable table) {
            operations.addAll(table);
            return this;
        }

        public AwsJsonHandler build() {
            return new AwsJsonHandler(this);
        }
    }
}
