package dev.stratus.dynamodb.transaction;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.stratus.dynamodb.DynamoDbEngine;
import dev.stratus.dynamodb.api.DynamoDbBindings;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.ItemChangeListener;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link ItemChangeListener} that records every item change with the write batch it was published in. */
@Singleton
public final class ChangeRecorder implements ItemChangeListener {

    /** One published change and the batch it came in. */
    public record Published(ItemChange change, WriteBatch batch) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();

    /** A DynamoDB engine whose changes this recorder's instance (see {@link #of}) sees. */
    public static DynamoDbEngine engine() {
        Module recording = new AbstractModule() {
            @Override
            protected void configure() {
                DynamoDbBindings.itemChangeListener(binder(), ChangeRecorder.class);
            }
        };
        return new DynamoDbEngine(recording);
    }

    public static ChangeRecorder of(DynamoDbEngine engine) {
        return engine.instance(ChangeRecorder.class);
    }

    @Override
    public void onItemChange(ItemChange change, WriteBatch batch) {
        published.add(new Published(change, batch));
    }

    public List<Published> published() {
        return List.copyOf(published);
    }

    public List<ItemChange> changes() {
        return published.stream().map(Published::change).toList();
    }
}
