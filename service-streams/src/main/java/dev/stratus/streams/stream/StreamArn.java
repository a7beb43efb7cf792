package dev.stratus.streams.stream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a stream ARN: {@code arn:aws:dynamodb:{region}:{account}:table/{table}/stream/{label}}. */
public record StreamArn(String region, String accountId, String tableName, String label) {

    private static final Pattern FORMAT = Pattern.compile(
            "arn:aws[a-z-]*:dynamodb:([a-z0-9-]+):(\\d{12}):table/([a-zA-Z0-9_.-]{3,255})/stream/([0-9A-Za-z:._-]+)");

    public static Optional<StreamArn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StreamArn(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
    }

    /** The prefix every stream ARN of the account and region starts with. */
    public static String prefix(String region, String accountId) {
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/";
    }

    /** The prefix every stream ARN of the table starts with. */
    public static String prefix(String region, String accountId, String tableName) {
        return prefix(region, accountId) + tableName + "/stream/";
    }
}
