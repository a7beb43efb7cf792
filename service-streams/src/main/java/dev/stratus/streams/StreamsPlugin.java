package dev.stratus.streams;

import com.google.inject.Module;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.streams.operation.StreamsHandler;
import dev.stratus.streams.stream.StreamsSettings;
import java.util.List;
import java.util.Set;

/** DynamoDB Streams: the stream records of DynamoDB tables, read over the DynamoDB Streams API or in-process. */
public final class StreamsPlugin implements ServicePlugin {

    static final String NAME = "dynamodbstreams";

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor(NAME, "dynamodb", Protocol.AWS_JSON_1_0, List.of(StreamsHandler.TARGET_PREFIX),
                List.of(), Set.of("dynamodb"), StreamsSettings.declared());
    }

    @Override
    public Module module() {
        return new StreamsModule();
    }
}
