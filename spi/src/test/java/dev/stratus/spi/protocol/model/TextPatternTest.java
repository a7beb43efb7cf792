package dev.stratus.spi.protocol.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern's test decides every text as its regular expression does, by a table of characters or not. */
class TextPatternTest {

    private static final List<String> PATTERNS = List.of("[a-zA-Z0-9_.-]+", "[a-z]*", "[-a-c]+", "[0-9]{12}",
            "[\\x20-\\x21\\x23-\\x2B\\x2D-\\x7E]*", "[^\\$]+", "[,;:|\\t ]", "\\p{Print}+", "[a-zA-Z0-9_.-]+x",
            "([0-9a-f]{16})+", "[A-Za-z0-9][A-Za-z0-9\\-\\_\\.]{0,126}[A-Za-z0-9]");
    private static final List<String> TEXTS = List.of("", "a", "tbl", "my-table_1.x", "my table", "t\u00e9", "-", "d",
            "abc-", "123456789012", "$", "x", "\u0000", "\ud83d\ude00", "A.b-C_9", "a,b", "0123456789abcdef", "a\n");

    @Test
    void decidesAsTheRegularExpression() {
        for (String regex : PATTERNS) {
            Pattern pattern = Pattern.compile(regex);
            for (String text : TEXTS) {
                assertEquals(pattern.matcher(text).matches(), TextPattern.of(pattern).test(text), regex + " " + text);
            }
        }
    }
}
