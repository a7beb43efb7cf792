package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventSourceInfo;
import dev.stratus.lambda.LambdaPlugin;
import dev.stratus.lambda.destination.Destinations;
import dev.stratus.lambda.esm.delivery.DeliveryEngine;
import dev.stratus.lambda.esm.delivery.DeliveryListener;
import dev.stratus.lambda.esm.delivery.EventSources;
import dev.stratus.lambda.esm.delivery.PartitionLag;
import dev.stratus.lambda.esm.filter.RecordFilter;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.RequestContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event source mappings of every account: their API (create, get, list, update, delete) and their
 * delivery, which runs while a mapping is enabled. {@code lock} guards changes to stored mappings, so the
 * one-mapping-per-function-and-stream rule holds and progress reports never revive a deleted mapping.
 */
public final class EventSourceMappings implements DeliveryListener, TaggableResource {

    private static final Logger LOG = LoggerFactory.getLogger(EventSourceMappings.class);
    private static final int MAX_FILTERS = 5;
    private static final int DEFAULT_MAX_ITEMS = 100;

    private final MappingStore store;
    private final FunctionDirectory functions;
    private final EventSources sources;
    private final Destinations destinations;
    private final DeliveryEngine engine;
    private final Clock clock;
    private final ConsoleEvents console;
    private final Object lock = new Object();
    private final Map<String, String> lastResults = new ConcurrentHashMap<>();
    private final AtomicLong failureOrder = new AtomicLong();

    /**
     * @param sources      the event sources the running services offer
     * @param destinations where given-up batches' invocation records go
     * @param engines      makes the delivery engine that reports to these mappings
     * @param console      told of each mapping created, changed or deleted, and of each batch it delivered
     */
    EventSourceMappings(MappingStore store, FunctionDirectory functions, EventSources sources,
                        Destinations destinations, Function<DeliveryListener, DeliveryEngine> engines, Clock clock,
                        ConsoleEvents console) {
        this.store = store;
        this.functions = functions;
        this.sources = sources;
        this.destinations = destinations;
        this.clock = clock;
        this.console = console;
        this.engine = engines.apply(this);
    }

    MappingView create(RequestContext context, MappingParameters parameters) {
        MappingConstraints.check(parameters);
        String sourceArn = parameters.eventSourceArn();
        if (sourceArn == null) {
            throw EventSourceMappingErrors.unrecognizedEventSource();
        }
        boolean queue = isQueue(sourceArn);
        if (queue) {
            checkQueueParameters(sourceArn, parameters);
        } else {
            checkStreamParameters(sourceArn, parameters);
        }
        List<String> patterns = checkedPatterns(parameters.filterPatterns());
        String destination = checkedDestination(parameters.onFailureDestination());
        String functionArn = resolveFunction(context, parameters.functionName());
        requireSource(context, sourceArn, queue);
        synchronized (lock) {
            requireNoOtherMapping(context, sourceArn, functionArn, null);
            EventSourceMapping mapping = new EventSourceMapping(
                    UUID.randomUUID().toString(), context.accountId(), context.region(), sourceArn, functionArn,
                    parameters.startingPosition(),
                    orDefault(parameters.batchSize(), queue ? 10 : 100),
                    orDefault(parameters.maximumBatchingWindowInSeconds(), 0),
                    orDefault(parameters.parallelizationFactor(), 1),
                    orDefault(parameters.maximumRetryAttempts(), -1),
                    orDefault(parameters.maximumRecordAgeInSeconds(), -1),
                    Boolean.TRUE.equals(parameters.bisectBatchOnFunctionError()),
                    orDefault(parameters.tumblingWindowInSeconds(), 0),
                    Objects.requireNonNullElse(parameters.functionResponseTypes(), List.of()),
                    destination, patterns, parameters.maximumConcurrency(),
                    !Boolean.FALSE.equals(parameters.enabled()),
                    EventSourceMapping.USER_ACTION, clock.millis(), EventSourceMapping.NO_RECORDS_PROCESSED);
            if ("LATEST".equals(mapping.startingPosition())) {
                engine.startAtLatest(mapping.uuid(), sourceArn);
            }
            store.put(mapping);
            if (mapping.enabled()) {
                engine.run(mapping.subscription());
            }
            LOG.info("Event source mapping {} created: {} -> {}", mapping.uuid(), sourceArn, functionArn);
            announce(mapping);
            return new MappingView(mapping, "Creating");
        }
    }

    @Override
    public String arnType() {
        return "event-source-mapping";
    }

    /** Mappings carry tags, addressed by {@code arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid>}. */
    @Override
    public void requireExists(RequestContext context, String arn) {
        find(context, arn.substring(arn.lastIndexOf(':') + 1));
    }

    MappingView get(RequestContext context, String uuid) {
        return MappingView.current(find(context, uuid));
    }

    /** One page of the account's mappings, filtered by function and/or stream, in UUID order. */
    MappingPage list(RequestContext context, String functionName, String eventSourceArn, String marker,
                     Integer maxItems) {
        String functionArn = functionName == null ? null : functionArnFilter(context, functionName);
        List<EventSourceMapping> matching = store.all().stream()
                .filter(mapping -> inScope(context, mapping))
                .filter(mapping -> functionArn == null || functionArn.equals(mapping.functionArn()))
                .filter(mapping -> eventSourceArn == null || eventSourceArn.equals(mapping.eventSourceArn()))
                .filter(mapping -> marker == null || mapping.uuid().compareTo(marker) > 0)
                .sorted(Comparator.comparing(EventSourceMapping::uuid))
                .toList();
        int limit = maxItems == null ? DEFAULT_MAX_ITEMS : maxItems;
        List<MappingView> page = matching.stream().limit(limit).map(MappingView::current).toList();
        String nextMarker = matching.size() > limit ? page.get(page.size() - 1).mapping().uuid() : null;
        return new MappingPage(page, nextMarker);
    }

    MappingView update(RequestContext context, String uuid, MappingParameters parameters) {
        MappingConstraints.check(parameters);
        EventSourceMapping current = find(context, uuid);
        if (isQueue(current.eventSourceArn())) {
            checkQueueUpdate(current, parameters);
        } else {
            checkRecordAge(parameters.maximumRecordAgeInSeconds());
            if (parameters.scalingConfig() != null) {
                throw EventSourceMappingErrors.unsupportedScalingConfig();
            }
        }
        List<String> patterns = parameters.filterCriteria() == null ? null : checkedPatterns(parameters.filterPatterns());
        String destination = parameters.destinationConfig() == null ? null
                : checkedDestination(parameters.onFailureDestination());
        String newFunctionArn = parameters.functionName() == null ? null
                : resolveFunction(context, parameters.functionName());
        synchronized (lock) {
            EventSourceMapping old = find(context, uuid);
            String functionArn = Objects.requireNonNullElse(newFunctionArn, old.functionArn());
            if (!functionArn.equals(old.functionArn())) {
                requireNoOtherMapping(context, old.eventSourceArn(), functionArn, uuid);
            }
            boolean enabled = parameters.enabled() == null ? old.enabled() : parameters.enabled();
            EventSourceMapping updated = new EventSourceMapping(
                    uuid, old.accountId(), old.region(), old.eventSourceArn(), functionArn, old.startingPosition(),
                    orDefault(parameters.batchSize(), old.batchSize()),
                    orDefault(parameters.maximumBatchingWindowInSeconds(), old.maximumBatchingWindowInSeconds()),
                    orDefault(parameters.parallelizationFactor(), old.parallelizationFactor()),
                    orDefault(parameters.maximumRetryAttempts(), old.maximumRetryAttempts()),
                    orDefault(parameters.maximumRecordAgeInSeconds(), old.maximumRecordAgeInSeconds()),
                    parameters.bisectBatchOnFunctionError() == null
                            ? old.bisectBatchOnFunctionError() : parameters.bisectBatchOnFunctionError(),
                    orDefault(parameters.tumblingWindowInSeconds(), old.tumblingWindowInSeconds()),
                    Objects.requireNonNullElse(parameters.functionResponseTypes(), old.functionResponseTypes()),
                    parameters.destinationConfig() == null ? old.onFailureDestination() : destination,
                    parameters.filterCriteria() == null ? old.filterPatterns() : patterns,
                    parameters.scalingConfig() == null ? old.maximumConcurrency() : parameters.maximumConcurrency(),
                    enabled, EventSourceMapping.USER_ACTION, clock.millis(), old.lastProcessingResult());
            store.put(updated);
            if (enabled) {
                engine.run(updated.subscription());
            } else {
                engine.stop(uuid);
            }
            announce(updated);
            String transition = enabled == old.enabled() ? "Updating" : enabled ? "Enabling" : "Disabling";
            return new MappingView(updated, transition);
        }
    }

    MappingView delete(RequestContext context, String uuid) {
        synchronized (lock) {
            EventSourceMapping mapping = find(context, uuid);
            store.delete(uuid);
            lastResults.remove(uuid);
            engine.stop(uuid).thenRun(() -> engine.forget(uuid));
            LOG.info("Event source mapping {} deleted", uuid);
            announce(mapping);
            return new MappingView(mapping, "Deleting");
        }
    }

    /**
     * The invocation records of the batches the mapping gave up and could send nowhere, oldest first: those of a
     * mapping without an OnFailure destination, or whose destination was gone.
     */
    public List<ObjectNode> failedBatches(String uuid) {
        return store.failures(uuid);
    }

    /** How far the mapping is behind in each partition of its source (none for a queue), counted up to {@code limit}. */
    List<PartitionLag> lag(RequestContext context, String uuid, int limit) {
        EventSourceMapping mapping = find(context, uuid);
        return engine.lag(uuid, mapping.eventSourceArn(), limit);
    }

    /** Starts delivering every stored enabled mapping (after a restart with a data directory). */
    void resume() {
        store.all().stream().filter(EventSourceMapping::enabled).forEach(mapping -> engine.run(mapping.subscription()));
    }

    void shutdown() {
        engine.shutdown();
    }

    long mappingCount() {
        return store.all().size();
    }

    long failedBatchCount() {
        return store.failureCount();
    }

    @Override
    public void batchSucceeded(String mappingUuid) {
        recordResult(mappingUuid, EventSourceMapping.OK);
    }

    @Override
    public void batchFailed(String mappingUuid) {
        recordResult(mappingUuid, EventSourceMapping.FUNCTION_CALL_FAILED);
    }

    @Override
    public void batchDiscarded(String mappingUuid, ObjectNode invocationRecord) {
        Optional<String> destination = store.get(mappingUuid).map(EventSourceMapping::onFailureDestination);
        if (destination.isPresent() && destinations.send(destination.get(), invocationRecord)) {
            LOG.info("Event source mapping {} sent the invocation record of the batch it gave up to {}",
                    mappingUuid, destination.get());
            return;
        }
        synchronized (lock) {
            if (store.get(mappingUuid).isPresent()) {
                LOG.info("Event source mapping {} keeps the invocation record of the batch it gave up: {}",
                        mappingUuid, invocationRecord);
                store.addFailure(mappingUuid, failureOrder.incrementAndGet(), invocationRecord);
            }
        }
    }

    @Override
    public void checkpointed(String mappingUuid) {
        store.get(mappingUuid).ifPresent(this::announce);
    }

    /** Each batch moves the mapping on in its source, so the console hears of it even when the result is unchanged. */
    private void recordResult(String uuid, String result) {
        store.get(uuid).ifPresent(this::announce);
        if (result.equals(lastResults.get(uuid))) {
            return;
        }
        synchronized (lock) {
            store.get(uuid).ifPresent(mapping -> {
                store.put(mapping.withLastProcessingResult(result));
                lastResults.put(uuid, result);
            });
        }
    }

    /** Tells the console's pages of the mapping's function that the mapping changed. */
    private void announce(EventSourceMapping mapping) {
        String function = mapping.functionArn().split(":")[6];
        console.publish(new ConsoleEvents.Notice(LambdaPlugin.NAME, mapping.accountId(), mapping.region(),
                "event-source-mapping", function));
    }

    private EventSourceMapping find(RequestContext context, String uuid) {
        return store.get(uuid).filter(mapping -> inScope(context, mapping))
                .orElseThrow(EventSourceMappingErrors::mappingNotFound);
    }

    private static boolean inScope(RequestContext context, EventSourceMapping mapping) {
        return mapping.accountId().equals(context.accountId()) && mapping.region().equals(context.region());
    }

    private String resolveFunction(RequestContext context, String functionName) {
        if (functionName == null) {
            throw EventSourceMappingErrors.validation(List.of(
                    "Value null at 'functionName' failed to satisfy constraint: Member must not be null"));
        }
        return functions.resolve(context.accountId(), context.region(), functionName)
                .orElseThrow(EventSourceMappingErrors::functionNotFound);
    }

    private String functionArnFilter(RequestContext context, String functionName) {
        return functions.resolve(context.accountId(), context.region(), functionName)
                .orElse(functionName.startsWith("arn:") ? functionName
                        : "arn:aws:lambda:" + context.region() + ":" + context.accountId() + ":function:" + functionName);
    }

    private static boolean isQueue(String arn) {
        return arn.matches("arn:aws[a-zA-Z-]*:sqs:[^:]+:\\d{12}:[^:/]+");
    }

    private static void checkStreamParameters(String streamArn, MappingParameters parameters) {
        if (!streamArn.startsWith("arn:aws:dynamodb:") || !streamArn.contains("/stream/")) {
            throw EventSourceMappingErrors.unsupportedEventSource(streamArn);
        }
        if (parameters.startingPosition() == null) {
            throw EventSourceMappingErrors.startingPositionMissing();
        }
        if ("AT_TIMESTAMP".equals(parameters.startingPosition())) {
            throw EventSourceMappingErrors.unsupportedStartingPosition(streamArn);
        }
        checkRecordAge(parameters.maximumRecordAgeInSeconds());
        if (parameters.scalingConfig() != null) {
            throw EventSourceMappingErrors.unsupportedScalingConfig();
        }
    }

    /** SQS takes no starting position, no stream-only settings, and batches over 10 only with a window. */
    private static void checkQueueParameters(String queueArn, MappingParameters parameters) {
        if (parameters.startingPosition() != null) {
            throw EventSourceMappingErrors.unsupportedStartingPosition(queueArn);
        }
        checkNoStreamSettings(parameters);
        checkQueueBatching(queueArn, parameters.batchSize(), parameters.maximumBatchingWindowInSeconds());
    }

    /** An update of a queue's mapping takes no stream-only settings, and its batching follows the queue's rules. */
    private static void checkQueueUpdate(EventSourceMapping mapping, MappingParameters parameters) {
        checkNoStreamSettings(parameters);
        checkQueueBatching(mapping.eventSourceArn(),
                orDefault(parameters.batchSize(), mapping.batchSize()),
                orDefault(parameters.maximumBatchingWindowInSeconds(), mapping.maximumBatchingWindowInSeconds()));
    }

    /** A queue's mapping has no OnFailure destination and none of the settings of stream mappings. */
    private static void checkNoStreamSettings(MappingParameters parameters) {
        if (parameters.onFailureDestination() != null) {
            throw EventSourceMappingErrors.unsupportedDestination();
        }
        if (parameters.parallelizationFactor() != null || parameters.maximumRetryAttempts() != null
                || parameters.maximumRecordAgeInSeconds() != null || parameters.bisectBatchOnFunctionError() != null
                || parameters.tumblingWindowInSeconds() != null) {
            throw EventSourceMappingErrors.streamOnlyParameter();
        }
    }

    /** Batches over 10 messages need a batching window, which FIFO queues do not take. */
    private static void checkQueueBatching(String queueArn, Integer batchSize, Integer window) {
        if (queueArn.endsWith(".fifo") && window != null && window > 0) {
            throw EventSourceMappingErrors.fifoBatchingWindow();
        }
        if (batchSize != null && batchSize > 10 && (window == null || window == 0)) {
            throw EventSourceMappingErrors.queueBatchTooLarge();
        }
    }

    private void requireSource(RequestContext context, String sourceArn, boolean queue) {
        Optional<EventSourceInfo> source = sources.describe(sourceArn);
        if (source.isEmpty() || !source.get().accountId().equals(context.accountId())
                || !source.get().region().equals(context.region())) {
            throw queue ? EventSourceMappingErrors.queueNotFound() : EventSourceMappingErrors.streamNotFound(sourceArn);
        }
    }

    private void requireNoOtherMapping(RequestContext context, String streamArn, String functionArn, String except) {
        for (EventSourceMapping mapping : store.all()) {
            if (inScope(context, mapping) && !mapping.uuid().equals(except)
                    && mapping.eventSourceArn().equals(streamArn) && mapping.functionArn().equals(functionArn)) {
                String functionName = functionArn.split(":")[6];
                throw EventSourceMappingErrors.mappingExists(streamArn, functionName, mapping.uuid());
            }
        }
    }

    private static void checkRecordAge(Integer seconds) {
        if (seconds != null && seconds >= 0 && seconds < 60) {
            throw EventSourceMappingErrors.recordAgeOutOfRange(seconds);
        }
    }

    private static List<String> checkedPatterns(List<String> patterns) {
        if (patterns == null) {
            return null;
        }
        if (patterns.size() > MAX_FILTERS) {
            throw EventSourceMappingErrors.tooManyFilters(MAX_FILTERS);
        }
        try {
            RecordFilter.of(patterns);
        } catch (RecordFilter.InvalidPatternException e) {
            throw EventSourceMappingErrors.invalidFilterPattern();
        }
        return patterns;
    }

    private String checkedDestination(String destination) {
        if (destination == null) {
            return null;
        }
        if (!destination.matches("arn:aws[a-zA-Z-]*:(sqs|sns|s3):.*")) {
            throw EventSourceMappingErrors.invalidDestination(destination);
        }
        if (!destinations.reachable(destination)) {
            throw destinations.unreachableForMapping(destination);
        }
        return destination;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** A page of ListEventSourceMappings. */
    record MappingPage(List<MappingView> mappings, String nextMarker) {
    }
}
