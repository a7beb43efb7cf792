package dev.stratus.lambda.function;

import dev.stratus.lambda.LambdaErrors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a caller names a function by: its name, a partial ARN ({@code 123456789012:function:name}) or a
 * full ARN, each optionally with a qualifier, plus the separate {@code Qualifier} parameter.
 */
public final class FunctionLocator {

    private static final String NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    private static final Pattern NAME = Pattern.compile(
            "^(?:arn:aws[a-zA-Z-]*:lambda:)?(?:(?<region>[a-z]{2}(?:(?:-gov)|(?:-iso[a-z]?))?-[a-z]+-\\d):)?"
                    + "(?:(?<account>\\d{12}):)?(?:function:)?(?<name>[a-zA-Z0-9-_]+)(?::(?<qualifier>\\$LATEST|[a-zA-Z0-9-_]+))?$");
    private static final Pattern QUALIFIER = Pattern.compile("[a-zA-Z0-9$_-]+");

    private FunctionLocator() {
    }

    /**
     * The function designated by {@code nameOrArn} (and {@code qualifier}, which may be {@code null}) for a caller
     * in {@code accountId} and {@code region}.
     */
    public static FunctionArn locate(String nameOrArn, String qualifier, String accountId, String region) {
        Matcher matcher = NAME.matcher(nameOrArn);
        if (nameOrArn.length() > 140 || !matcher.matches()) {
            throw LambdaErrors.validation("'" + nameOrArn + "'", "functionName",
                    "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
        if (qualifier != null && (qualifier.length() > 128 || !QUALIFIER.matcher(qualifier).matches())) {
            throw LambdaErrors.validation("'" + qualifier + "'", "qualifier",
                    "Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)");
        }
        String arnRegion = matcher.group("region");
        if (arnRegion != null && !arnRegion.equals(region)) {
            throw LambdaErrors.otherRegion(arnRegion, region);
        }
        String arnQualifier = matcher.group("qualifier");
        if (qualifier != null && arnQualifier != null && !qualifier.equals(arnQualifier)) {
            throw LambdaErrors.invalidParameter(
                    "The derived qualifier from the function name does not match the specified qualifier.");
        }
        String account = matcher.group("account") != null ? matcher.group("account") : accountId;
        return new FunctionArn(account, region, matcher.group("name"), qualifier != null ? qualifier : arnQualifier);
    }

    /** A full function ARN, as {@link FunctionArn#toString()} writes it. */
    public static FunctionArn fromArn(String arn) {
        Matcher matcher = NAME.matcher(arn);
        if (!arn.startsWith("arn:") || !matcher.matches() || matcher.group("region") == null
                || matcher.group("account") == null) {
            throw new IllegalArgumentException("Not a function ARN: " + arn);
        }
        return new FunctionArn(matcher.group("account"), matcher.group("region"), matcher.group("name"),
                matcher.group("qualifier"));
    }
}
