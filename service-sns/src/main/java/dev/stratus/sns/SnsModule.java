package dev.stratus.sns;

import com.google.inject.AbstractModule;
import dev.stratus.sns.api.SnsHandler;
import dev.stratus.spi.ServiceBindings;

/** SNS's bindings: its handler. */
final class SnsModule extends AbstractModule {

    @Override
    protected void configure() {
        ServiceBindings.handler(binder(), SnsPlugin.NAME, SnsHandler.class);
    }
}
