package dev.stratus.dynamodb.policy;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableAttachments;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Resource-based policies, kept as an attachment of the table they belong to (the table's own, or its latest
 * stream's). A revision id is the time of the change in milliseconds, as AWS's look; changes to one table's
 * policies are serialised by the table's write lock, so a conditional change sees the revision it replaces.
 */
@Singleton
public final class PolicyOperations {

    private final TableService tables;
    private final TableAttachments attachments;
    private final Clock clock;

    @Inject
    public PolicyOperations(TableService tables, TableAttachments attachments, Clock clock) {
        this.tables = tables;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Attaches {@code document} to the table or stream; returns the new policy's revision id. */
    public String putResourcePolicy(String arn, String document, String expected, RequestContext context) {
        new ConstraintViolations().notNull(arn, "resourceArn").length(arn, "resourceArn", 1, 1283)
                .notNull(document, "policy").length(expected, "expectedRevisionId", 1, 255).throwIfAny();
        PolicyTarget target = target(context, arn);
        return change(target, expected, current -> {
            if (ResourcePolicy.NO_POLICY.equals(expected) && current.isPresent()) {
                throw PolicyErrors.revisionMismatch(expected, target.table().name(), current.get().revisionId());
            }
            long previous = current.map(policy -> Long.parseLong(policy.revisionId())).orElse(0L);
            return Optional.of(new ResourcePolicy(document, String.valueOf(Math.max(clock.millis(), previous + 1))));
        }).orElseThrow();
    }

    public ResourcePolicy getResourcePolicy(String arn, RequestContext context) {
        checkArn(arn);
        return current(target(context, arn)).orElseThrow(() -> PolicyErrors.notFound(arn));
    }

    /** Detaches the policy; returns the revision id of the policy deleted, if there was one. */
    public Optional<String> deleteResourcePolicy(String arn, String expected, RequestContext context) {
        checkArn(arn);
        new ConstraintViolations().length(expected, "expectedRevisionId", 1, 255).throwIfAny();
        return change(target(context, arn), expected, current -> Optional.empty());
    }

    /**
     * Replaces the target's policy with what {@code next} makes of the current one, under the table's write lock,
     * after checking {@code expected} against the current revision.
     *
     * @return the revision id of the new policy, or of the deleted one
     */
    private Optional<String> change(PolicyTarget target, String expected,
                                    UnaryOperator<Optional<ResourcePolicy>> next) {
        Table table = target.table();
        table.writeLock().lock();
        try {
            Optional<ResourcePolicy> current = current(target);
            if (expected != null && !ResourcePolicy.NO_POLICY.equals(expected)) {
                if (current.isEmpty()) {
                    throw PolicyErrors.notFound(target.arn());
                }
                if (!current.get().revisionId().equals(expected)) {
                    throw PolicyErrors.revisionMismatch(expected, table.name(), current.get().revisionId());
                }
            }
            Optional<ResourcePolicy> changed = next.apply(current);
            if (changed.isPresent()) {
                attachments.put(table.definition(), target.attachment(), changed.get());
            } else {
                attachments.remove(table.definition(), target.attachment());
            }
            return changed.or(() -> current).map(ResourcePolicy::revisionId);
        } finally {
            table.writeLock().unlock();
        }
    }

    private Optional<ResourcePolicy> current(PolicyTarget target) {
        return attachments.get(target.table().definition(), target.attachment(), ResourcePolicy.class);
    }

    private static void checkArn(String arn) {
        new ConstraintViolations().notNull(arn, "resourceArn").length(arn, "resourceArn", 1, 1283).throwIfAny();
    }

    /** The table or stream an ARN names: {@code …:table/T} or {@code …:table/T/stream/<label>} of its latest stream. */
    private PolicyTarget target(RequestContext context, String arn) {
        int stream = arn.indexOf("/stream/");
        String tableArn = stream < 0 ? arn : arn.substring(0, stream);
        Table table = tables.byArn(context, tableArn).orElseThrow(() -> DynamoDbErrors.resourceArnNotFound(arn));
        if (stream >= 0 && !arn.equals(table.definition().latestStreamArn())) {
            throw DynamoDbErrors.resourceArnNotFound(arn);
        }
        return new PolicyTarget(arn, table, stream < 0 ? "resource-policy" : "resource-policy" + arn.substring(stream));
    }

    private record PolicyTarget(String arn, Table table, String attachment) {
    }
}
