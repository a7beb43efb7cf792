package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Streams live per account and region, as their ARNs say. */
class StreamScopeSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    @Test
    void theSameTableInTwoAccountsAndTwoRegionsHasFourStreams() {
        try (OtherCaller first = OtherCaller.in(STRATUS.endpoint(), "210987654321", Region.US_EAST_1);
             OtherCaller second = OtherCaller.in(STRATUS.endpoint(), "310987654321", Region.US_EAST_1);
             OtherCaller firstInEurope = OtherCaller.in(STRATUS.endpoint(), "210987654321", Region.EU_WEST_1);
             OtherCaller secondInEurope = OtherCaller.in(STRATUS.endpoint(), "310987654321", Region.EU_WEST_1)) {
            List<OtherCaller> callers = List.of(first, second, firstInEurope, secondInEurope);
            List<String> arns = callers.stream()
                    .map(caller -> Tables.create(caller.dynamo(), "Shared", StreamViewType.KEYS_ONLY)
                            .latestStreamArn())
                    .toList();

            assertEquals(4, arns.stream().distinct().count());
            assertTrue(arns.get(0).startsWith("arn:aws:dynamodb:us-east-1:210987654321:table/Shared/stream/"));
            assertTrue(arns.get(3).startsWith("arn:aws:dynamodb:eu-west-1:310987654321:table/Shared/stream/"));
            for (int i = 0; i < callers.size(); i++) {
                assertEquals(List.of(arns.get(i)), callers.get(i).streams().listStreams().streams().stream()
                        .map(Stream::streamArn).toList());
            }
            String foreign = arns.get(1);
            ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                    () -> first.streams().describeStream(request -> request.streamArn(foreign)));
            assertEquals("Requested resource not found: Stream: " + foreign + " not found",
                    error.awsErrorDetails().errorMessage());
        }
    }
}
