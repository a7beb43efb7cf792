package dev.stratus.lambda.layer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ARN of one version of a layer, {@code arn:aws:lambda:<region>:<account>:layer:<name>:<version>}. */
public record LayerVersionArn(String accountId, String region, String layerName, long version) {

    /** The model's pattern of a layer version ARN. */
    static final String PATTERN_TEXT = "arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+";
    private static final Pattern PATTERN =
            Pattern.compile("arn:[a-zA-Z0-9-]+:lambda:([a-zA-Z0-9-]+):(\\d{12}):layer:([a-zA-Z0-9-_]+):([0-9]+)");

    /** The ARN {@code text} spells, if it is one. */
    public static Optional<LayerVersionArn> parse(String text) {
        Matcher matcher = PATTERN.matcher(text);
        if (text.length() > 140 || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LayerVersionArn(matcher.group(2), matcher.group(1), matcher.group(3),
                    Long.parseLong(matcher.group(4))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LayerId layer() {
        return new LayerId(accountId, region, layerName);
    }

    @Override
    public String toString() {
        return layer().arn() + ":" + version;
    }
}
