package dev.stratus.lambda.destination;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventDestination;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.spi.AwsServiceException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Lambda sends invocation records: the destinations the running services offer (functions always; queues
 * and topics while SQS and SNS run). A destination is checked when it is configured, as AWS checks that the
 * function's role may reach it: one of a service that is not running, or that does not exist, is refused.
 */
@Singleton
public class Destinations {

    private static final Logger LOG = LoggerFactory.getLogger(Destinations.class);
    /** The action AWS checks the role for, by the destination ARN's service. */
    private static final Map<String, String> ACTIONS = Map.of("sqs", "SendMessage", "sns", "Publish",
            "lambda", "InvokeFunction", "s3", "PutObject", "events", "PutEvents");
    /** How a mapping's error names the destination's service. */
    private static final Map<String, String> SERVICES = Map.of("sqs", "SQS", "sns", "SNS", "s3", "S3");

    private final Set<EventDestination> destinations;

    @Inject
    public Destinations(Set<EventDestination> destinations) {
        this.destinations = Set.copyOf(destinations);
    }

    /** Refuses an asynchronous invocation's destination that no running service can deliver to. */
    public void requireForInvocations(String destinationArn) {
        if (!reachable(destinationArn)) {
            throw LambdaErrors.invalidParameter("The function's execution role does not have permissions to call "
                    + action(destinationArn) + " on " + destinationArn);
        }
    }

    /** Refuses an event source mapping's OnFailure destination that no running service can deliver to. */
    public AwsServiceException unreachableForMapping(String destinationArn) {
        String service = service(destinationArn);
        return LambdaErrors.invalidParameter("The provided execution role does not have permissions to call "
                + action(destinationArn) + " on " + SERVICES.getOrDefault(service, service.toUpperCase()));
    }

    public boolean reachable(String destinationArn) {
        return owner(destinationArn).map(destination -> destination.exists(destinationArn)).orElse(false);
    }

    /**
     * Sends the invocation record; whether it was taken. A destination gone since it was configured, or whose
     * service stopped running, takes nothing, and the log says so.
     */
    public boolean send(String destinationArn, ObjectNode record) {
        Optional<EventDestination> destination = owner(destinationArn);
        if (destination.isEmpty()) {
            LOG.warn("No running service delivers to {}; the invocation record does not go there", destinationArn);
            return false;
        }
        try {
            destination.get().send(destinationArn, record);
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warn("The invocation record could not go to {}: {}", destinationArn, e.getMessage());
            return false;
        }
    }

    private Optional<EventDestination> owner(String destinationArn) {
        return destinations.stream().filter(candidate -> candidate.owns(destinationArn)).findFirst();
    }

    private static String action(String destinationArn) {
        return ACTIONS.getOrDefault(service(destinationArn), "SendMessage");
    }

    private static String service(String destinationArn) {
        String[] parts = destinationArn.split(":");
        return parts.length > 2 ? parts[2] : "";
    }
}
