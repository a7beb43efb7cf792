package dev.stratus.streams;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.stratus.dynamodb.api.DynamoDbBindings;
import dev.stratus.events.api.EventBindings;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.StratusSettings;
import dev.stratus.streams.api.StreamConsumerRegistry;
import dev.stratus.streams.api.StreamReader;
import dev.stratus.streams.consumer.ConsumerRegistry;
import dev.stratus.streams.consumer.StreamEventSource;
import dev.stratus.streams.maintenance.StreamMaintenance;
import dev.stratus.streams.maintenance.StreamsHealth;
import dev.stratus.streams.operation.StreamsHandler;
import dev.stratus.streams.read.StreamEngine;
import dev.stratus.streams.stream.StreamChangeListener;
import dev.stratus.streams.stream.StreamsSettings;
import jakarta.inject.Singleton;

/**
 * The bindings of DynamoDB Streams: its API, its DynamoDB subscription, its in-process reader and registry, and
 * its streams offered to Lambda as event sources.
 */
final class StreamsModule extends AbstractModule {

    @Override
    protected void configure() {
        ServiceBindings.handler(binder(), StreamsPlugin.NAME, StreamsHandler.class);
        DynamoDbBindings.itemChangeListener(binder(), StreamChangeListener.class);
        ServiceBindings.lifecycle(binder(), StreamMaintenance.class);
        ServiceBindings.healthCheck(binder(), StreamsHealth.class);
        bind(StreamReader.class).to(StreamEngine.class);
        bind(StreamConsumerRegistry.class).to(ConsumerRegistry.class);
        EventBindings.eventSource(binder(), StreamEventSource.class);
    }

    @Provides
    @Singleton
    StreamsSettings settings(StratusSettings settings) {
        return StreamsSettings.from(settings);
    }
}
