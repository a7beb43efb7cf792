package dev.stratus.dynamodb.change;

import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.ItemChangeListener;
import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.dynamodb.table.StreamSettings;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Hands committed changes to every bound {@link ItemChangeListener}, inside the change's write batch. */
@Singleton
public final class ChangePublisher {

    private final List<ItemChangeListener> listeners;

    @Inject
    public ChangePublisher(Set<ItemChangeListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Whether any listener wants the item changes of {@code table}; when none does, callers skip building them. */
    public boolean wantsItemChanges(TableDefinition table) {
        for (ItemChangeListener listener : listeners) {
            if (listener.wantsItemChanges(table.accountId(), table.region(), table.name())) {
                return true;
            }
        }
        return false;
    }

    public void publish(ItemChange change, WriteBatch batch) {
        for (ItemChangeListener listener : listeners) {
            listener.onItemChange(change, batch);
        }
    }

    /** Publishes a table change; {@code stream} names the stream it concerns, or is {@code null}. */
    public void publish(TableChange.Kind kind, TableDefinition table, StreamSettings stream, Instant time,
                        WriteBatch batch) {
        if (listeners.isEmpty()) {
            return;
        }
        TableChange.StreamSpec spec = stream == null || stream.label() == null ? null
                : new TableChange.StreamSpec(table.arn() + "/stream/" + stream.label(), stream.label(),
                        stream.viewType());
        List<TableChange.KeyAttribute> keySchema = table.keySchema().elements().stream()
                .map(element -> new TableChange.KeyAttribute(element.name(),
                        table.keySchema().isPartitionKey(element) ? "HASH" : "RANGE"))
                .toList();
        TableChange change = new TableChange(kind, table.accountId(), table.region(), table.name(), keySchema,
                spec, time);
        for (ItemChangeListener listener : listeners) {
            listener.onTableChange(change, batch);
        }
    }
}
