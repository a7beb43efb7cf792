package dev.stratus.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.gateway.StartupException;
import dev.stratus.spi.Setting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolvedSettingsTest {

    private static final Setting IDLE = new Setting("lambda.idle-timeout", Setting.Type.DURATION, "10m", "Idle time.");
    private static final List<Setting> DECLARED = List.of(IDLE,
            new Setting("port", Setting.Type.INTEGER, "4566", "Port."));

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFileWhichWinsOverDefaults() {
        SettingSources sources = new SettingSources(Map.of("port", "1000"),
                Map.of("STRATUS_PORT", "2000", "STRATUS_LAMBDA_IDLE_TIMEOUT", "30s"),
                Map.of("port", "3000", "lambda.idle-timeout", "1h"));

        ResolvedSettings settings = ResolvedSettings.resolve(sources, DECLARED);

        assertEquals(1000, settings.getInt("port"));
        assertEquals(Duration.ofSeconds(30), settings.getDuration("lambda.idle-timeout"));
    }

    @Test
    void defaultsApplyWhenNoSourceGivesAValue() {
        ResolvedSettings settings = ResolvedSettings.resolve(new SettingSources(Map.of(), Map.of(), Map.of()), DECLARED);

        assertEquals(Duration.ofMinutes(10), settings.getDuration("lambda.idle-timeout"));
    }

    @Test
    void aMalformedValueStopsStartupNamingTheSetting() {
        SettingSources sources = new SettingSources(Map.of("port", "forty"), Map.of(), Map.of());

        StartupException error = assertThrows(StartupException.class, () -> ResolvedSettings.resolve(sources, DECLARED));

        assertEquals("Setting 'port' has a malformed value 'forty': expected integer.", error.getMessage());
    }

    @Test
    void anUnknownSettingInTheFileStopsStartupNamingIt() {
        SettingSources sources = new SettingSources(Map.of(), Map.of(), Map.of("prot", "4566"));

        StartupException error = assertThrows(StartupException.class, () -> ResolvedSettings.resolve(sources, DECLARED));

        assertEquals("Unknown setting 'prot' in the settings file.", error.getMessage());
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertEquals("STRATUS_CORS_ALLOWED_ORIGINS", SettingSources.environmentName("cors.allowed-origins"));
    }
}
