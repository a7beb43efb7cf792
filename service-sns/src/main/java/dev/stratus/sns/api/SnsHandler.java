package dev.stratus.sns.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sns.delivery.Deliveries;
import dev.stratus.sns.delivery.Publisher;
import dev.stratus.sns.subscription.Subscriptions;
import dev.stratus.sns.topic.Topics;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.OperationTable;
import dev.stratus.spi.protocol.query.AwsQueryHandler;
import dev.stratus.spi.protocol.query.QueryModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** SNS in the query protocol, the only one it speaks: operations written in JSON terms, read and written by the model. */
@Singleton
public final class SnsHandler implements ServiceHandler {

    private final AwsQueryHandler query;

    @Inject
    public SnsHandler(Topics topics, Subscriptions subscriptions, Deliveries deliveries, Publisher publisher,
                      ObjectMapper mapper) {
        QueryModel model = QueryModel.read(mapper, SnsHandler.class, "/dev/stratus/sns/sns-query.json");
        OperationTable operations = new OperationTable();
        TopicOperations topicOperations = new TopicOperations(topics, subscriptions, mapper);
        topicOperations.addTo(operations);
        new SubscriptionOperations(topicOperations, subscriptions, deliveries, mapper).addTo(operations);
        new PublishOperations(topicOperations, publisher, mapper, model::queryErrorCode).addTo(operations);
        this.query = AwsQueryHandler.builder(model).operations(operations).build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return query.handle(request, context);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return query.unexpectedFailure(context);
    }
}
