package dev.stratus.events.api;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;

/** How a service offers Lambda an event source or a destination, and how Lambda declares that it takes them. */
public final class EventBindings {

    private EventBindings() {
    }

    public static void eventSource(Binder binder, Class<? extends EventSource> source) {
        Multibinder.newSetBinder(binder, EventSource.class).addBinding().to(source);
    }

    public static void eventDestination(Binder binder, Class<? extends EventDestination> destination) {
        Multibinder.newSetBinder(binder, EventDestination.class).addBinding().to(destination);
    }

    /** Declares both sets, so Lambda runs when no service offers a source or a destination. */
    public static void declare(Binder binder) {
        Multibinder.newSetBinder(binder, EventSource.class);
        Multibinder.newSetBinder(binder, EventDestination.class);
    }
}
