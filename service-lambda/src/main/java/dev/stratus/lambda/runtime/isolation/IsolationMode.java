package dev.stratus.lambda.runtime.isolation;

import java.util.Locale;

/** The {@code lambda.isolation} setting: how execution environments are kept apart from the host and each other. */
public enum IsolationMode {
    /** Namespaces where bubblewrap can create them, plain processes elsewhere. */
    AUTO,
    /** Each environment in its own mount and PID namespaces, laid out as on AWS; Stratus does not start without. */
    NAMESPACES,
    /** Each environment a plain process with its own {@code TMPDIR} and {@code HOME}. */
    PROCESS;

    /** The mode a setting value names ({@code auto}, {@code namespaces}, {@code process}). */
    public static IsolationMode of(String value) {
        for (IsolationMode mode : values()) {
            if (mode.settingValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("lambda.isolation is '" + value
                + "'; it must be auto, namespaces or process");
    }

    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
