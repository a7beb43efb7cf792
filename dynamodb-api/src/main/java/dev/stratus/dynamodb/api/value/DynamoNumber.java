package dev.stratus.dynamodb.api.value;

import java.math.BigDecimal;

/**
 * A DynamoDB number: up to 38 significant digits, magnitude 1E-130 to 9.9999999999999999999999999999999999999E+125,
 * compared and equal by numeric value ({@code 1.0} equals {@code 1}).
 */
public final class DynamoNumber implements Comparable<DynamoNumber> {

    public static final int MAX_SIGNIFICANT_DIGITS = 38;
    private static final int MAX_EXPONENT = 125;
    private static final int MIN_EXPONENT = -130;

    public static final DynamoNumber ZERO = new DynamoNumber(BigDecimal.ZERO);

    /** Stripped of trailing zeros, so equal numbers have equal representations. */
    private final BigDecimal value;

    private DynamoNumber(BigDecimal stripped) {
        this.value = stripped;
    }

    /** Parses DynamoDB's number syntax, refusing what DynamoDB refuses with its words. */
    public static DynamoNumber parse(String text) {
        if (text == null || text.isEmpty()) {
            throw DynamoDbValidation.notNumeric();
        }
        if (!hasNumberSyntax(text)) {
            throw DynamoDbValidation.notNumeric(text);
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DynamoDbValidation.notNumeric(text);
        }
        return of(parsed);
    }

    /**
     * Whether {@code text} is {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?} with ASCII digits: scanned by hand,
     * as every number of every request passes here.
     */
    static boolean hasNumberSyntax(String text) {
        int length = text.length();
        int i = sign(text, 0);
        int integerStart = i;
        i = digits(text, i);
        boolean integerDigits = i > integerStart;
        boolean fractionDigits = false;
        if (i < length && text.charAt(i) == '.') {
            int fractionStart = ++i;
            i = digits(text, i);
            fractionDigits = i > fractionStart;
        }
        if (!integerDigits && !fractionDigits) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponentStart = sign(text, i + 1);
            i = digits(text, exponentStart);
            if (i == exponentStart) {
                return false;
            }
        }
        return i == length;
    }

    private static int sign(String text, int at) {
        return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-') ? at + 1 : at;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The number equal to {@code value}, refused if DynamoDB could not store it. */
    public static DynamoNumber of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent > MAX_EXPONENT) {
            throw DynamoDbValidation.numberOverflow();
        }
        if (exponent < MIN_EXPONENT) {
            throw DynamoDbValidation.numberUnderflow();
        }
        if (stripped.precision() > MAX_SIGNIFICANT_DIGITS) {
            throw DynamoDbValidation.tooManyDigits();
        }
        return new DynamoNumber(stripped);
    }

    public static DynamoNumber of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    public BigDecimal bigDecimal() {
        return value;
    }

    public int signum() {
        return value.signum();
    }

    /** The digits DynamoDB stores: without leading or trailing zeros (0 for zero). */
    public int significantDigits() {
        return value.signum() == 0 ? 0 : value.precision();
    }

    /** The exact sum; DynamoDB calls a sum it cannot store exactly an overflow, whatever the reason. */
    public DynamoNumber add(DynamoNumber other) {
        return arithmeticResult(value.add(other.value));
    }

    /** The exact difference; refused as {@link #add} refuses. */
    public DynamoNumber subtract(DynamoNumber other) {
        return arithmeticResult(value.subtract(other.value));
    }

    private static DynamoNumber arithmeticResult(BigDecimal result) {
        if (result.signum() != 0 && result.stripTrailingZeros().precision() > MAX_SIGNIFICANT_DIGITS) {
            throw DynamoDbValidation.numberOverflow();
        }
        return of(result);
    }

    @Override
    public int compareTo(DynamoNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DynamoNumber that && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** DynamoDB's normal form: no exponent, no trailing fractional zeros ({@code "1.50"} is {@code "1.5"}). */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
