package dev.stratus.gateway.config;

import dev.stratus.gateway.StartupException;
import dev.stratus.spi.Durations;
import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every declared setting's effective value, checked against its type. */
public final class ResolvedSettings implements StratusSettings {

    private final Map<String, String> values;
    private final WorkDirectory workDir;

    private ResolvedSettings(Map<String, String> values, WorkDirectory workDir) {
        this.values = Map.copyOf(values);
        this.workDir = workDir;
    }

    /** Resolves and checks {@code declared}; a malformed or unknown setting stops startup naming it. */
    public static ResolvedSettings resolve(SettingSources sources, List<Setting> declared) {
        sources.refuseUnknown(declared);
        Map<String, String> values = new HashMap<>();
        for (Setting setting : declared) {
            sources.lookup(setting).ifPresent(value -> {
                check(setting, value);
                values.put(setting.key(), value);
            });
        }
        return new ResolvedSettings(values, WorkDirectory.create(values.get(PlatformSettings.WORK_DIR)));
    }

    private static void check(Setting setting, String value) {
        try {
            switch (setting.type()) {
                case INTEGER -> Long.parseLong(value.trim());
                case BOOLEAN -> {
                    String lower = value.trim().toLowerCase(Locale.ROOT);
                    if (!lower.equals("true") && !lower.equals("false")) {
                        throw new IllegalArgumentException(value);
                    }
                }
                case DURATION -> Durations.parse(value);
                case PATH -> Path.of(value);
                case STRING -> {
                }
            }
        } catch (IllegalArgumentException e) {
            throw new StartupException("Setting '" + setting.key() + "' has a malformed value '" + value
                    + "': expected " + setting.type().name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Optional<Path> dataDir() {
        return get(PlatformSettings.DATA_DIR).map(Path::of);
    }

    @Override
    public Path workDir() {
        return workDir.path();
    }

    /** The work directory and whether it is Stratus's own temporary one. */
    public WorkDirectory workDirectory() {
        return workDir;
    }
}
