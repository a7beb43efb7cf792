package dev.stratus.lambda.esm.delivery;

import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.EventSourceInfo;
import java.util.Optional;
import java.util.Set;

/** The event sources the running services offer; each source ARN belongs to at most one of them. */
public final class EventSources {

    private final Set<EventSource> sources;

    public EventSources(Set<EventSource> sources) {
        this.sources = Set.copyOf(sources);
    }

    /** The source that owns ARNs of this form, or empty when the service offering them is not running. */
    public Optional<EventSource> owning(String sourceArn) {
        return sources.stream().filter(source -> source.owns(sourceArn)).findFirst();
    }

    /** The existing source with this ARN, or empty. */
    public Optional<EventSourceInfo> describe(String sourceArn) {
        return owning(sourceArn).flatMap(source -> source.describe(sourceArn));
    }
}
