package dev.stratus.lambda.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stratus.gateway.Stratus;
import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test run starts no npm behind the tests' back: the testkit's server installs no SDK at start. */
@ExtendWith(StratusExtension.class)
class TestkitSdkInstallTest {

    @Test
    void theTestkitsServerDoesNotInstallTheNodeSdksAtStart(Stratus stratus) {
        assertFalse(stratus.instance(RuntimeSettings.class).nodeSdkPrepareAtStart());
    }
}
