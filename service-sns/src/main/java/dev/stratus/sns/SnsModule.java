package dev.stratus.sns;

import com.google.inject.AbstractModule;
import dev.stratus.sns.api.SnsHandler;
import dev.stratus.sns.api.SnsPlatformPath;
import dev.stratus.sns.delivery.HttpDelivery;
import dev.stratus.spi.ServiceBindings;

/** SNS's bindings: its handler, its platform paths, and the HTTP deliveries' threads to stop. */
final class SnsModule extends AbstractModule {

    @Override
    protected void configure() {
        ServiceBindings.handler(binder(), SnsPlugin.NAME, SnsHandler.class);
        ServiceBindings.platformPath(binder(), SnsPlatformPath.class);
        ServiceBindings.lifecycle(binder(), HttpDelivery.class);
    }
}
