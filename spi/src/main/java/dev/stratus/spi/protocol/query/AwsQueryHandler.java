package dev.stratus.spi.protocol.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.AsyncJsonOperation;
import dev.stratus.spi.protocol.CommonErrors;
import dev.stratus.spi.protocol.Completions;
import dev.stratus.spi.protocol.OperationTable;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link ServiceHandler} for the AWS query protocol: the operation is the {@code Action} parameter, its input
 * is read from the parameters by the service's {@link QueryModel}, the operation's JSON output is written as
 * the XML response, and client mistakes as the XML error document with the model's query error codes.
 */
public final class AwsQueryHandler implements ServiceHandler {

    private final QueryModel model;
    private final OperationTable operations;

    private AwsQueryHandler(Builder builder) {
        this.model = builder.model;
        this.operations = new OperationTable().addAll(builder.operations);
    }

    public static Builder builder(QueryModel model) {
        return new Builder(model);
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return Completions.join(handleAsync(request, context));
    }

    /** Answers client mistakes with the XML error document; an unexpected failure completes the stage exceptionally. */
    @Override
    public CompletionStage<ServiceResponse> handleAsync(ServiceRequest request, RequestContext context) {
        QueryParameters parameters = QueryParameters.of(request);
        String action = parameters.get("Action").orElse("");
        RequestContext named = context.withOperation(action);
        CompletionStage<JsonNode> output;
        try {
            output = dispatch(action, parameters, named);
        } catch (RuntimeException e) {
            output = CompletableFuture.failedFuture(e);
        }
        return output.thenApply(result -> ServiceResponse.of(200, Protocol.AWS_QUERY.contentType(),
                        model.response(action, result, context.requestId())))
                .exceptionally(failure -> error(Completions.clientMistake(failure), context.requestId()));
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return Optional.of(error(CommonErrors.internalFailure("InternalFailure", context.requestId()), context.requestId()));
    }

    private CompletionStage<JsonNode> dispatch(String action, QueryParameters parameters, RequestContext context) {
        AsyncJsonOperation operation = operations.get(action)
                .filter(found -> model.hasOperation(action))
                .orElseThrow(() -> invalidAction(action));
        return operation.handle(model.input(action, parameters), context);
    }

    private static AwsServiceException invalidAction(String action) {
        return new AwsServiceException("InvalidAction",
                "The action " + action + " is not valid for this web service.", 400);
    }

    private ServiceResponse error(AwsServiceException error, String requestId) {
        return QueryErrors.encode(error, model.queryErrorCode(error.errorCode()), model.xmlNamespace(), requestId);
    }

    /** Assembles an {@link AwsQueryHandler}. */
    public static final class Builder {
        private final QueryModel model;
        private final OperationTable operations = new OperationTable();

        private Builder(QueryModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        /** Every operation of the table; those the model does not name answer {@code InvalidAction}. */
        public Builder operations(OperationTable table) {
            operations.addAll(table);
            return this;
        }

        public AwsQueryHandler build() {
            return new AwsQueryHandler(this);
        }
    }
}
