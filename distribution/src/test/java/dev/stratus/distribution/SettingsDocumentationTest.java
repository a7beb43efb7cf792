package dev.stratus.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.config.PlatformSettings;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.spi.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** conf/stratus.properties documents every setting of the platform and of every shipped service, with its default. */
class SettingsDocumentationTest {

    @Test
    void everyDeclaredSettingIsDocumentedWithItsDefault() throws IOException {
        String documented = Files.readString(Path.of("src/main/dist/conf/stratus.properties"));
        List<Setting> declared = new ArrayList<>(PlatformSettings.ALL);
        ServiceLoader.load(ServicePlugin.class).forEach(plugin -> declared.addAll(plugin.descriptor().settings()));

        for (Setting setting : declared) {
            String line = "#" + setting.key() + "=" + (setting.defaultValue() == null ? "" : setting.defaultValue());
            assertTrue(documented.lines().anyMatch(l -> l.strip().equals(line)),
                    "conf/stratus.properties lacks the line '" + line + "'");
        }
    }
}
