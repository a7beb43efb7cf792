package dev.stratus.spi.protocol.model;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A shape's pattern as a test of whole texts. The usual kind, one class of ASCII characters and ranges repeated
 * ({@code [a-zA-Z0-9_.-]+}, a table name's), is matched with a table of the characters it allows, since names are
 * checked on every request; any other pattern with its regular expression.
 */
final class TextPattern {

    private TextPattern() {
    }

    /** The test of whether a whole text matches {@code pattern}. */
    static Predicate<String> of(Pattern pattern) {
        String regex = pattern.pattern();
        int end = regex.length() - 2;
        boolean repeated = regex.endsWith("]+") || regex.endsWith("]*");
        if (!repeated || !regex.startsWith("[") || end < 2) {
            return text -> pattern.matcher(text).matches();
        }
        boolean[] allowed = allowed(regex.substring(1, end + 1));
        if (allowed == null) {
            return text -> pattern.matcher(text).matches();
        }
        boolean empty = regex.endsWith("*");
        return text -> (empty || !text.isEmpty()) && allAllowed(text, allowed);
    }

    /** The ASCII characters a class's body allows, or {@code null} when the body has more than letters and ranges. */
    private static boolean[] allowed(String body) {
        boolean[] allowed = new boolean[128];
        int i = 0;
        while (i < body.length()) {
            char first = body.charAt(i);
            if (!Character.isLetterOrDigit(first) && "_.-".indexOf(first) < 0 || first >= 128) {
                return null;
            }
            char last = first;
            if (first != '-' && i + 2 < body.length() && body.charAt(i + 1) == '-') {
                last = body.charAt(i + 2);
                if (!Character.isLetterOrDigit(last) || last >= 128 || last < first) {
                    return null;
                }
                i += 2;
            } else if (first == '-' && i != 0 && i != body.length() - 1) {
                return null;
            }
            for (char c = first; c <= last; c++) {
                allowed[c] = true;
            }
            i++;
        }
        return allowed;
    }

    private static boolean allAllowed(String text, boolean[] allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || !allowed[c]) {
                return false;
            }
        }
        return true;
    }
}
