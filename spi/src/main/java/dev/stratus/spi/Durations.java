package dev.stratus.spi;

import java.time.Duration;
import java.util.Locale;

/**
 * Reads durations as settings write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 4h}, {@code 1d}, or
 * ISO-8601 ({@code PT4H}); a bare number is seconds. The gateway checks {@link Setting.Type#DURATION} values
 * with it at startup, so {@link StratusSettings} never hands a service a duration it cannot read; anything
 * else is refused with an {@link IllegalArgumentException}.
 */
public final class Durations {

    private Durations() {
    }

    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        int split = 0;
        while (split < value.length() && (Character.isDigit(value.charAt(split)) || value.charAt(split) == '.')) {
            split++;
        }
        if (split == 0) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        double amount = Double.parseDouble(value.substring(0, split));
        String unit = value.substring(split).trim();
        double millis = switch (unit) {
            case "ms" -> amount;
            case "", "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            case "d" -> amount * 86_400_000;
            default -> throw new IllegalArgumentException("not a duration: " + text);
        };
        return Duration.ofMillis(Math.round(millis));
    }
}
