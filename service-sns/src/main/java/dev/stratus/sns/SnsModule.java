package dev.stratus.sns;

import com.google.inject.AbstractModule;
import dev.stratus.events.api.EventBindings;
import dev.stratus.sns.api.SnsHandler;
import dev.stratus.sns.api.SnsPlatformPath;
import dev.stratus.sns.delivery.HttpDelivery;
import dev.stratus.sns.delivery.RecentDeliveries;
import dev.stratus.sns.lambda.TopicDestination;
import dev.stratus.spi.ServiceBindings;

/**
 * SNS's bindings: its handler, its platform paths, the HTTP deliveries' threads to stop, the console's view of
 * recent deliveries, topics as Lambda destinations.
 */
final class SnsModule extends AbstractModule {

    @Override
    protected void configure() {
        ServiceBindings.handler(binder(), SnsPlugin.NAME, SnsHandler.class);
        ServiceBindings.platformPath(binder(), SnsPlatformPath.class);
        ServiceBindings.lifecycle(binder(), HttpDelivery.class);
        ServiceBindings.consoleView(binder(), RecentDeliveries.class);
        EventBindings.eventDestination(binder(), TopicDestination.class);
    }
}
