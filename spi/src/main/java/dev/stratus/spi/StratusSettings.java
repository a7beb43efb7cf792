package dev.stratus.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The effective configuration: flags, then {@code STRATUS_*} environment variables, then
 * {@code conf/stratus.properties}, then each {@link Setting}'s default. Values were checked against
 * their {@link Setting.Type} at startup, so the typed getters do not fail for declared settings.
 */
public interface StratusSettings {

    Optional<String> get(String key);

    default String getString(String key) {
        return get(key).orElseThrow(() -> new IllegalStateException("No value for setting " + key));
    }

    default int getInt(String key) {
        return Integer.parseInt(getString(key).trim());
    }

    default boolean getBoolean(String key) {
        return Boolean.parseBoolean(getString(key).trim());
    }

    default Duration getDuration(String key) {
        return Durations.parse(getString(key));
    }

    /** The data directory when Stratus persists its state, empty when it keeps everything in memory. */
    Optional<Path> dataDir();

    /** A directory Stratus may write working files to (unpacked code, caches); it exists. */
    Path workDir();
}
