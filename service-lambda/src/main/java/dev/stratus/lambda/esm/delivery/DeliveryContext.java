package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.spi.time.Scheduler;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/** What every runner, worker and lane of the delivery engine shares. */
record DeliveryContext(
        EventSources sources,
        FunctionDirectory functions,
        Checkpoints checkpoints,
        DeliveryListener listener,
        Clock clock,
        ObjectMapper mapper,
        RetryBackoff backoff,
        Scheduler scheduler,
        ExecutorService executor) {
}
