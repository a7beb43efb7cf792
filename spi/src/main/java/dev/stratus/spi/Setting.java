package dev.stratus.spi;

import java.util.Objects;

/**
 * A setting a service reads from {@link StratusSettings}.
 *
 * <p>Keys are dotted and start with the service name ({@code lambda.idle-timeout}); the same setting can be
 * given as an environment variable ({@code STRATUS_LAMBDA_IDLE_TIMEOUT}) or in {@code conf/stratus.properties}.
 *
 * @param key          the dotted key
 * @param type         how the value is checked at startup
 * @param defaultValue the value when none is given, or {@code null} for none
 * @param description  one sentence for {@code stratus.properties} and {@code --help}
 */
public record Setting(String key, Type type, String defaultValue, String description) {

    public enum Type { STRING, INTEGER, BOOLEAN, DURATION, PATH }

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
