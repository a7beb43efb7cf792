package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.item.ItemCommitter;
import dev.stratus.dynamodb.item.ItemLocks;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the actions of a TransactWriteItems all or nothing: claims the items, takes their {@link ItemLocks}, decides every
 * action on the current items and commits every change in one write batch, or cancels with a reason per action.
 */
@Singleton
final class WriteTransaction {

    private final InFlightItems inFlight;
    private final ItemStore store;
    private final ItemCommitter committer;
    private final RequestTokens tokens;

    @Inject
    WriteTransaction(InFlightItems inFlight, ItemStore store, ItemCommitter committer, RequestTokens tokens) {
        this.inFlight = inFlight;
        this.store = store;
        this.committer = committer;
        this.tokens = tokens;
    }

    /**
     * @param token  the request's ClientRequestToken, or {@code null}
     * @param result the result for the decided writes (one per action, {@code null} for a ConditionCheck)
     */
    TransactWriteItemsResult run(List<WriteAction> actions, RequestContext context, ClientToken token,
                                 Function<List<ItemWrite>, TransactWriteItemsResult> result) {
        List<ItemIdentity> items = actions.stream().map(WriteAction::identity).toList();
        List<Integer> conflicts = inFlight.claim(items);
        if (!conflicts.isEmpty()) {
            List<CancellationReason> reasons = new ArrayList<>(Collections.nCopies(actions.size(),
                    CancellationReason.NONE));
            conflicts.forEach(position -> reasons.set(position, CancellationReason.conflict()));
            throw TransactionErrors.canceled(reasons);
        }
        ItemLocks locks;
        try {
            locks = ItemLocks.lock(actions.stream()
                    .map(action -> new ItemLocks.LockedItem(action.table(), action.key())).toList());
        } catch (RuntimeException e) {
            inFlight.release(items);
            throw e;
        }
        try {
            return decideAndCommit(actions, context, token, result);
        } finally {
            inFlight.release(items);
            locks.close();
        }
    }

    private TransactWriteItemsResult decideAndCommit(List<WriteAction> actions, RequestContext context,
                                                     ClientToken token,
                                                     Function<List<ItemWrite>, TransactWriteItemsResult> result) {
        if (token != null) {
            Optional<TransactWriteItemsResult> previous = tokens.previousResult(context, token);
            if (previous.isPresent()) {
                return previous.get();
            }
        }
        List<ItemWrite> decided = decide(actions);
        TransactWriteItemsResult response = result.apply(decided);
        WriteBatch batch = new WriteBatch();
        if (token != null) {
            tokens.remember(context, token, response, batch);
        }
        committer.commit(decided.stream().filter(Objects::nonNull).toList(), batch, null);
        return response;
    }

    /** The write of each action (null for a ConditionCheck), or the transaction's cancellation. */
    private List<ItemWrite> decide(List<WriteAction> actions) {
        List<ItemWrite> writes = new ArrayList<>();
        List<CancellationReason> reasons = new ArrayList<>();
        boolean cancelled = false;
        for (WriteAction action : actions) {
            Map<String, AttributeValue> current = store.get(action.table().definition(), action.key()).orElse(null);
            CancellationReason reason = CancellationReason.NONE;
            ItemWrite write = null;
            if (!action.condition().test(current)) {
                reason = CancellationReason.conditionalCheckFailed(action.oldItemOnFailure() ? current : null);
            } else if (action.writes()) {
                try {
                    write = new ItemWrite(action.table(), action.key(), current, action.change().apply(current));
                } catch (AwsServiceException e) {
                    reason = CancellationReason.validationError(e.getMessage());
                }
            }
            cancelled |= !reason.isNone();
            reasons.add(reason);
            writes.add(write);
        }
        if (cancelled) {
            throw TransactionErrors.canceled(reasons);
        }
        return writes;
    }
}
