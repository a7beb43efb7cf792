package dev.stratus.sqs.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sqs.move.MessageMoveTasks;
import dev.stratus.sqs.poll.LongPolls;
import dev.stratus.sqs.queue.QueueUrls;
import dev.stratus.sqs.queue.Queues;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.protocol.AwsJsonHandler;
import dev.stratus.spi.protocol.OperationTable;
import dev.stratus.spi.protocol.query.AwsQueryHandler;
import dev.stratus.spi.protocol.query.QueryModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * SQS in both of its protocols: AWS JSON 1.0 (current SDKs, {@code X-Amz-Target: AmazonSQS.*}) and the query
 * protocol (older SDKs and CLIs). The operations are written once, in JSON terms; the query protocol reaches
 * them through the API model.
 */
@Singleton
public final class SqsHandler implements ServiceHandler {

    public static final String TARGET_PREFIX = "AmazonSQS";

    private final AwsJsonHandler json;
    private final AwsQueryHandler query;

    @Inject
    public SqsHandler(Queues queues, MessageMoveTasks moveTasks, LongPolls longPolls, StratusEndpoint endpoint,
                      StratusSettings settings, Clock clock, ObjectMapper mapper) {
        QueueUrls urls = new QueueUrls(endpoint, settings.getString(QueueUrls.STYLE_SETTING));
        QueryModel model = QueryModel.read(mapper, SqsHandler.class, "/dev/stratus/sqs/sqs-query.json");
        QueueOperations queueOperations = new QueueOperations(queues, urls, clock, mapper);
        OperationTable operations = new OperationTable();
        queueOperations.addTo(operations);
        new MessageOperations(queueOperations, queues, longPolls, clock, mapper).addTo(operations);
        new MoveTaskOperations(moveTasks, mapper).addTo(operations);
        new PermissionOperations(queueOperations, queues, mapper).addTo(operations);
        this.json = AwsJsonHandler.builder(mapper).targetPrefix(TARGET_PREFIX).errorNamespace("com.amazonaws.sqs")
                .queryCompatible(model::queryErrorCode).operations(operations).build();
        this.query = AwsQueryHandler.builder(model).operations(operations).build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return handleAsync(request, context).toCompletableFuture().join();
    }

    /** The gateway names the operation up front only for the JSON protocol; the query protocol names it in the body. */
    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return context.operation().isEmpty() ? query.unexpectedFailure(context) : json.unexpectedFailure(context);
    }

    @Override
    public CompletionStage<ServiceResponse> handleAsync(ServiceRequest request, RequestContext context) {
        return request.header("x-amz-target").isPresent()
                ? json.handleAsync(request, context)
                : query.handleAsync(request, context);
    }
}
