package dev.stratus.sns.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.SnsPlugin;
import dev.stratus.sns.delivery.Envelope;
import dev.stratus.sns.delivery.LocalRecords;
import dev.stratus.spi.PlatformPath;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * SNS's platform paths: {@code GET /_stratus/sns/messages} lists what email, email-json and SMS endpoints would have
 * received, and {@code GET /_stratus/sns/?Action=ConfirmSubscription&TopicArn=…&Token=…} (the SubscribeURL) or
 * {@code ?Action=Unsubscribe&SubscriptionArn=…} (the UnsubscribeURL) act as AWS's links do, in the account and
 * region of the ARN they name, answered as the API answers.
 */
@Singleton
public final class SnsPlatformPath implements PlatformPath {

    private static final String MESSAGES = Envelope.PLATFORM_PATH + "messages";
    private static final Set<String> LINK_ACTIONS = Set.of("ConfirmSubscription", "Unsubscribe");

    private final SnsHandler handler;
    private final LocalRecords records;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public SnsPlatformPath(SnsHandler handler, LocalRecords records, ObjectMapper mapper, Clock clock) {
        this.handler = handler;
        this.records = records;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String service() {
        return SnsPlugin.NAME;
    }

    @Override
    public ServiceResponse handle(ServiceRequest request) {
        if (request.path().equals(MESSAGES)) {
            ObjectNode body = mapper.createObjectNode();
            body.set("messages", mapper.valueToTree(records.list()));
            return json(200, body);
        }
        String action = request.queryParameter("Action").orElse("");
        if (request.path().equals(Envelope.PLATFORM_PATH) && LINK_ACTIONS.contains(action)) {
            String[] arn = request.queryParameter(action.equals("Unsubscribe") ? "SubscriptionArn" : "TopicArn")
                    .orElse("").split(":");
            if (arn.length >= 6) {
                return handler.handle(request, new RequestContext(UUID.randomUUID().toString(), arn[4], arn[3],
                        SnsPlugin.NAME, action, clock.instant(), ""));
            }
        }
        return json(404, mapper.createObjectNode().put("message", "No such platform path: " + request.path()));
    }

    private ServiceResponse json(int status, ObjectNode body) {
        try {
            return ServiceResponse.of(status, "application/json", mapper.writeValueAsString(body)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}
