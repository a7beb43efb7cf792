package dev.stratus.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void flagsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        Arguments arguments = Arguments.parse("--port", "4567", "--host=0.0.0.0", "--log-level", "DEBUG",
                "--set", "lambda.idle-timeout=5m", "--set=port=1", "--config", "my.properties", "--prepare-runtimes");

        assertEquals(Map.of("port", "4567", "host", "0.0.0.0", "log-level", "DEBUG", "lambda.idle-timeout", "5m"),
                arguments.flags());
        assertEquals("DEBUG", arguments.logLevel());
        assertEquals(Path.of("my.properties"), arguments.config());
        assertTrue(arguments.prepareRuntimes());
    }

    @Test
    void noFlagsMeanNoSettings() {
        Arguments arguments = Arguments.parse();

        assertEquals(Map.of(), arguments.flags());
        assertNull(arguments.config());
        assertNull(arguments.logLevel());
    }

    @Test
    void unknownFlagsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Arguments.parse("--prot", "4566"));

        assertEquals("Unknown options: '--prot', '4566'", e.getMessage());
    }

    @Test
    void aFlagWithoutItsValueIsRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Arguments.parse("--port", "--host", "::"));

        assertEquals("Missing required parameter for option '--port' (PORT)", e.getMessage());
    }

    @Test
    void setNeedsAKeyAndAValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Arguments.parse("--set", "oops"));

        assertEquals("Value for option '--set' (KEY=VALUE) should be in KEY=VALUE format but was oops", e.getMessage());
    }

    @Test
    void helpListsEveryFlag() {
        assertTrue(Arguments.parse("-h").help());
        assertTrue(Arguments.parse("--version").version());
        String usage = Arguments.usage();
        for (String flag : new String[] {"--host=ADDRESS", "--port=PORT", "--services=LIST", "--plugins-dir=DIR",
            "--data-dir=DIR", "--init-dir=DIR", "--prepare-runtimes", "--auth=MODE", "--log-level=LEVEL",
            "--config=FILE", "--set=KEY=VALUE", "--help", "--version"}) {
            assertTrue(usage.contains(flag), flag);
        }
    }
}
