package dev.stratus.sqs;

import com.google.inject.AbstractModule;
import dev.stratus.events.api.EventBindings;
import dev.stratus.sqs.api.SqsHandler;
import dev.stratus.sqs.lambda.QueueDestination;
import dev.stratus.sqs.lambda.QueueEventSource;
import dev.stratus.sqs.poll.LongPolls;
import dev.stratus.spi.ServiceBindings;

/**
 * SQS's bindings: its handler, the owner of the long-poll timer, and its queues as Lambda's event sources and
 * destinations.
 */
final class SqsModule extends AbstractModule {

    @Override
    protected void configure() {
        ServiceBindings.handler(binder(), SqsPlugin.NAME, SqsHandler.class);
        ServiceBindings.lifecycle(binder(), LongPolls.class);
        EventBindings.eventSource(binder(), QueueEventSource.class);
        EventBindings.eventDestination(binder(), QueueDestination.class);
    }
}
