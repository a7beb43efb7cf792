package dev.stratus.lambda.invoke.async;

import dev.stratus.lambda.destination.Destinations;
import dev.stratus.lambda.function.EventInvokeConfig;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionRepository;
import dev.stratus.lambda.function.Functions;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Puts, updates, reads and deletes the event invoke configs of functions, versions and aliases. */
@Singleton
public class EventInvokeConfigs {

    private final FunctionRepository repository;
    private final Functions functions;
    private final Destinations destinations;
    private final Clock clock;

    @Inject
    public EventInvokeConfigs(FunctionRepository repository, Functions functions, Destinations destinations,
                              Clock clock) {
        this.repository = repository;
        this.functions = functions;
        this.destinations = destinations;
        this.clock = clock;
    }

    /** Replaces the config of the function, version or alias {@code arn} names with {@code change} alone. */
    public EventInvokeConfig put(FunctionArn arn, EventInvokeConfigChange change) {
        return repository.change(() -> {
            String qualifier = qualifierOf(arn);
            requireDestinations(change);
            EventInvokeConfig config = change.applyTo(new EventInvokeConfig(qualifier, null, null, null, null, 0),
                    clock.millis());
            repository.commit(repository.putEventInvokeConfig(new WriteBatch(), arn.unqualified(), config));
            return config;
        });
    }

    /** Changes the members {@code change} sets in the existing config. */
    public EventInvokeConfig update(FunctionArn arn, EventInvokeConfigChange change) {
        return repository.change(() -> {
            EventInvokeConfig current = get(arn);
            requireDestinations(change);
            EventInvokeConfig updated = change.applyTo(current, clock.millis());
            repository.commit(repository.putEventInvokeConfig(new WriteBatch(), arn.unqualified(), updated));
            return updated;
        });
    }

    private void requireDestinations(EventInvokeConfigChange change) {
        for (String destination : new String[] {change.onSuccess(), change.onFailure()}) {
            if (destination != null && !destination.isEmpty()) {
                destinations.requireForInvocations(destination);
            }
        }
    }

    public EventInvokeConfig get(FunctionArn arn) {
        String qualifier = qualifierOf(arn);
        return repository.eventInvokeConfig(arn.unqualified(), qualifier)
                .orElseThrow(() -> notFound(arn.unqualified().qualified(qualifier)));
    }

    public void delete(FunctionArn arn) {
        repository.change(() -> {
            String qualifier = get(arn).qualifier();
            repository.commit(repository.deleteEventInvokeConfig(new WriteBatch(), arn.unqualified(), qualifier));
            return null;
        });
    }

    public List<EventInvokeConfig> list(FunctionArn arn) {
        functions.function(arn);
        return repository.eventInvokeConfigs(arn.unqualified());
    }

    /** The config that applies to an Event invocation of {@code arn}, if one is set; none for a missing function. */
    Optional<EventInvokeConfig> applying(FunctionArn arn) {
        String qualifier = arn.isQualified() ? arn.qualifier() : FunctionArn.LATEST;
        return repository.eventInvokeConfig(arn.unqualified(), qualifier);
    }

    /** {@code $LATEST} for an unqualified ARN; the function and its version or alias must exist. */
    private String qualifierOf(FunctionArn arn) {
        functions.get(arn);
        return arn.isQualified() ? arn.qualifier() : FunctionArn.LATEST;
    }

    private static AwsServiceException notFound(FunctionArn arn) {
        return new AwsServiceException("ResourceNotFoundException",
                "The function " + arn + " doesn't have an EventInvokeConfig", 404);
    }
}
