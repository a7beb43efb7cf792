package dev.stratus.lambda.esm.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.runtime.InvocationResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FunctionResponseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Batch batch = Batch.of(BatchCutterTest.records(3, Instant.EPOCH));

    @Test
    void anEmptyOrNullResponseIsASuccess() {
        for (String body : new String[] {"", "null", "{}", "{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}"}) {
            assertInstanceOf(FunctionResponse.Succeeded.class, read(body, true), body);
        }
    }

    @Test
    void theLowestReportedFailureIsWhereTheRetryStarts() {
        FunctionResponse response = read("{\"batchItemFailures\":[{\"itemIdentifier\":\"3\"},{\"itemIdentifier\":\"2\"}]}", true);
        assertEquals(1, ((FunctionResponse.PartiallyFailed) response).firstFailed());
    }

    @Test
    void anIdentifierNotInTheBatchOrAMalformedResponseFailsTheWholeBatch() {
        for (String body : new String[] {"{\"batchItemFailures\":[{\"itemIdentifier\":\"9\"}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}", "{\"batchItemFailures\":[{\"id\":\"2\"}]}",
                "{\"batchItemFailures\":\"2\"}", "not json", "\"done\""}) {
            assertInstanceOf(FunctionResponse.Failed.class, read(body, true), body);
        }
    }

    @Test
    void itemFailuresAreIgnoredWithoutReportBatchItemFailures() {
        assertInstanceOf(FunctionResponse.Succeeded.class, read("{\"batchItemFailures\":[{\"itemIdentifier\":\"2\"}]}", false));
    }

    @Test
    void aFunctionErrorFailsTheBatch() {
        InvocationResult error = new InvocationResult("{}".getBytes(StandardCharsets.UTF_8), "Unhandled", "", Duration.ZERO);
        assertInstanceOf(FunctionResponse.Failed.class, FunctionResponse.read(error, batch, true, MAPPER));
    }

    @Test
    void theReturnedStateIsKept() {
        FunctionResponse response = read("{\"state\":{\"total\":3}}", false);
        assertEquals(3, ((FunctionResponse.Succeeded) response).state().path("total").asInt());
    }

    private FunctionResponse read(String body, boolean reportBatchItemFailures) {
        InvocationResult result = new InvocationResult(body.getBytes(StandardCharsets.UTF_8), null, "", Duration.ZERO);
        return FunctionResponse.read(result, batch, reportBatchItemFailures, MAPPER);
    }
}
