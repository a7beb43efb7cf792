package dev.stratus.streams.operation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceRequest;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.AwsJsonHandler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The DynamoDB Streams API over AWS JSON 1.0, with DynamoDB's error namespace and CRC32 header. */
@Singleton
public final class StreamsHandler implements ServiceHandler {

    public static final String TARGET_PREFIX = "DynamoDBStreams_20120810";

    private final AwsJsonHandler handler;

    @Inject
    public StreamsHandler(ObjectMapper mapper, StreamsOperations operations) {
        this.handler = AwsJsonHandler.builder(mapper)
                .targetPrefix(TARGET_PREFIX)
                .errorNamespace("com.amazonaws.dynamodb.v20120810")
                .internalErrorCode("InternalServerError")
                .crc32(true)
                .operation("ListStreams", operations::listStreams)
                .operation("DescribeStream", operations::describeStream)
                .operation("GetShardIterator", operations::getShardIterator)
                .operation("GetRecords", operations::getRecords)
                .build();
    }

    @Override
    public ServiceResponse handle(ServiceRequest request, RequestContext context) {
        return handler.handle(request, context);
    }

    @Override
    public Optional<ServiceResponse> unexpectedFailure(RequestContext context) {
        return handler.unexpectedFailure(context);
    }
}
