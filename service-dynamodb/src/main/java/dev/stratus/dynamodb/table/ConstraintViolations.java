package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.spi.AwsServiceException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of the API model's constraints found in one request, so they are reported together
 * in AWS's form: {@code Value 'x' at 'tableName' failed to satisfy constraint: Member must ...}.
 */
public final class ConstraintViolations {


    private final List<String> violations = new ArrayList<>();

    /** Records that {@code value} at {@code member} broke {@code constraint} ({@code Member must ...}). */
    public ConstraintViolations add(Object value, String member, String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        violations.add("Value " + shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    /** Records a violation already worded (by the request layer, from the model's shape of the value). */
    public ConstraintViolations add(String violation) {
        violations.add(violation);
        return this;
    }

    public ConstraintViolations notNull(Object value, String member) {
        if (value == null) {
            add(null, member, "Member must not be null");
        }
        return this;
    }

    /** Checks a name's pattern then its length, as AWS does for table and index names. */
    public ConstraintViolations name(String value, String member, int min, int max) {
        if (value == null) {
            return notNull(null, member);
        }
        if (!isName(value)) {
            add(value, member, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return length(value, member, min, max);
    }

    /** Whether {@link #name} finds nothing wrong with the name. */
    public static boolean isValidName(String value, int min, int max) {
        return value != null && value.length() >= min && value.length() <= max && isName(value);
    }

    /** The pattern {@code [a-zA-Z0-9_.-]+}, matched without a regular expression: names are checked per request. */
    private static boolean isName(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return length > 0;
    }

    public ConstraintViolations length(String value, String member, int min, int max) {
        if (value != null && value.length() < min) {
            add(value, member, "Member must have length greater than or equal to " + min);
        }
        if (value != null && value.length() > max) {
            add(value, member, "Member must have length less than or equal to " + max);
        }
        return this;
    }

    public ConstraintViolations enumValue(String value, String member, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(value, member, "Member must satisfy enum value set: " + allowed);
        }
        return this;
    }

    public ConstraintViolations atLeast(Long value, String member, long min) {
        if (value != null && value < min) {
            add(value, member, "Member must have value greater than or equal to " + min);
        }
        return this;
    }

    public ConstraintViolations atMost(Long value, String member, long max) {
        if (value != null && value > max) {
            add(value, member, "Member must have value less than or equal to " + max);
        }
        return this;
    }

    /** AWS's ValidationException listing the violations recorded; there must be at least one. */
    public AwsServiceException exception() {
        return DynamoDbErrors.constraintViolations(violations);
    }

    /** Throws AWS's ValidationException listing every violation, if there is any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw DynamoDbErrors.constraintViolations(violations);
        }
    }
}
