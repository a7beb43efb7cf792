package dev.stratus.gateway.config;

import dev.stratus.gateway.StartupException;
import dev.stratus.spi.Setting;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where setting values come from, strongest first: command-line flags, {@code STRATUS_*} environment
 * variables, the properties file, then each setting's default.
 */
public final class SettingSources {

    private final Map<String, String> flags;
    private final Map<String, String> environment;
    private final Map<String, String> properties;

    public SettingSources(Map<String, String> flags, Map<String, String> environment, Map<String, String> properties) {
        this.flags = Map.copyOf(flags);
        this.environment = Map.copyOf(environment);
        this.properties = Map.copyOf(properties);
    }

    /** Reads a properties file; a missing file is no settings, an unreadable one stops startup. */
    public static Map<String, String> readProperties(Path file) {
        if (file == null || !Files.exists(file)) {
            return Map.of();
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new StartupException("Cannot read settings file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        loaded.stringPropertyNames().forEach(name -> values.put(name, loaded.getProperty(name).trim()));
        return values;
    }

    /** The environment variable that carries a setting: {@code lambda.idle-timeout} is {@code STRATUS_LAMBDA_IDLE_TIMEOUT}. */
    public static String environmentName(String key) {
        return "STRATUS_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value of a setting from the strongest source that has one, else its default. */
    public Optional<String> lookup(Setting setting) {
        String value = flags.get(setting.key());
        if (value == null) {
            value = environment.get(environmentName(setting.key()));
        }
        if (value == null) {
            value = properties.get(setting.key());
        }
        if (value == null) {
            value = setting.defaultValue();
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** Stops startup on a flag or file entry that no setting declares. */
    void refuseUnknown(List<Setting> declared) {
        for (String key : flags.keySet()) {
            if (declared.stream().noneMatch(s -> s.key().equals(key))) {
                throw new StartupException("Unknown setting '" + key + "' given on the command line.");
            }
        }
        for (String key : properties.keySet()) {
            if (declared.stream().noneMatch(s -> s.key().equals(key))) {
                throw new StartupException("Unknown setting '" + key + "' in the settings file.");
            }
        }
    }
}
