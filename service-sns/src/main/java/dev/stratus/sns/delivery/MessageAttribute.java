package dev.stratus.sns.delivery;

/**
 * A message attribute as published: its data type ({@code String}, {@code String.Array}, {@code Number},
 * {@code Binary}, optionally with a custom suffix) and its value, the binary one in base64.
 */
public record MessageAttribute(String dataType, String stringValue, String binaryValue) {

    public boolean binary() {
        return dataType.startsWith("Binary");
    }

    /** The value as the SNS envelope shows it. */
    public String value() {
        return binary() ? binaryValue : stringValue;
    }

    /** The type as the SNS envelope shows it: the base type, without a custom suffix. */
    public String baseType() {
        int dot = dataType.indexOf('.', dataType.startsWith("String.Array") ? "String.Array".length() : 0);
        return dot < 0 ? dataType : dataType.substring(0, dot);
    }
}
