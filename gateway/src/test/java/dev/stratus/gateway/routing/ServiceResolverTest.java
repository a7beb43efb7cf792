package dev.stratus.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceResolverTest {

    private static final ServiceDescriptor DYNAMODB = new ServiceDescriptor("dynamodb", "dynamodb",
            Protocol.AWS_JSON_1_0, List.of("DynamoDB_20120810"), List.of(), Set.of(), List.of());
    private static final ServiceDescriptor STREAMS = new ServiceDescriptor("dynamodbstreams", "dynamodb",
            Protocol.AWS_JSON_1_0, List.of("DynamoDBStreams_20120810"), List.of(), Set.of("dynamodb"), List.of());
    private static final ServiceDescriptor LAMBDA = new ServiceDescriptor("lambda", "lambda",
            Protocol.REST_JSON, List.of(), List.of("/2015-03-31/"), Set.of(), List.of());

    private final ServiceResolver resolver = new ServiceResolver(List.of(DYNAMODB, STREAMS, LAMBDA));
    private final CredentialScope dynamoScope = new CredentialScope("AKID", "20240101", "us-east-1", "dynamodb");

    @Test
    void theTargetPrefixDecidesBetweenServicesThatShareASigningName() {
        assertEquals(STREAMS, resolver.resolve("DynamoDBStreams_20120810.GetRecords", dynamoScope, "/").orElseThrow());
        assertEquals(DYNAMODB, resolver.resolve("DynamoDB_20120810.PutItem", dynamoScope, "/").orElseThrow());
    }

    @Test
    void anUnknownTargetPrefixMatchesNoServiceEvenWhenTheScopeWould() {
        assertTrue(resolver.resolve("AmazonSQS.SendMessage", dynamoScope, "/").isEmpty());
    }

    @Test
    void withoutATargetTheCredentialScopeDecides() {
        CredentialScope lambdaScope = new CredentialScope("AKID", "20240101", "us-east-1", "lambda");

        assertEquals(LAMBDA, resolver.resolve(null, lambdaScope, "/2099-01-01/unknown").orElseThrow());
    }

    @Test
    void unsignedRequestsAreRoutedByPathPrefix() {
        assertEquals(LAMBDA, resolver.resolve(null, null, "/2015-03-31/functions").orElseThrow());
        assertTrue(resolver.resolve(null, null, "/nothing-here").isEmpty());
    }
}
