package dev.stratus.sqs;

import com.google.inject.AbstractModule;
import dev.stratus.sqs.api.SqsHandler;
import dev.stratus.sqs.poll.LongPolls;
import dev.stratus.spi.ServiceBindings;

/** SQS's bindings: its handler and the owner of the long-poll timer. */
final class SqsModule extends AbstractModule {

    @Override
    protected void configure() {
        ServiceBindings.handler(binder(), SqsPlugin.NAME, SqsHandler.class);
        ServiceBindings.lifecycle(binder(), LongPolls.class);
    }
}
