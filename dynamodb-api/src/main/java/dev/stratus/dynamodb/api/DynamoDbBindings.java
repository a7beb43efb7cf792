package dev.stratus.dynamodb.api;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;

/** How another service subscribes to DynamoDB's changes. */
public final class DynamoDbBindings {

    private DynamoDbBindings() {
    }

    public static void itemChangeListener(Binder binder, Class<? extends ItemChangeListener> listener) {
        Multibinder.newSetBinder(binder, ItemChangeListener.class).addBinding().to(listener);
    }

    /** Declares the set so DynamoDB can run without subscribers. */
    public static void declareListeners(Binder binder) {
        Multibinder.newSetBinder(binder, ItemChangeListener.class);
    }
}
