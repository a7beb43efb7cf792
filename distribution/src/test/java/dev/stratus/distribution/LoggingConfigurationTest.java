package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.logging.ShippedLogging;
import org.junit.jupiter.api.Test;

/** The shipped conf/logback.xml is applied without parsing it: the gateway knows it byte for byte. */
class LoggingConfigurationTest {

    @Test
    void theShippedLogbackFileIsTheOneTheGatewayAppliesDirectly() {
        assertTrue(ShippedLogging.isShipped("src/main/dist/conf/logback.xml"),
                "conf/logback.xml differs from the gateway's shipped-logback.xml: change both alike");
    }
}
