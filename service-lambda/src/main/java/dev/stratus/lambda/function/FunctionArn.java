package dev.stratus.lambda.function;

/**
 * The ARN of a function, {@code arn:aws:lambda:<region>:<account>:function:<name>}, optionally qualified by a
 * version or alias ({@code :$LATEST}, {@code :3}, {@code :live}).
 */
public record FunctionArn(String accountId, String region, String functionName, String qualifier) {

    public static final String LATEST = "$LATEST";

    public static FunctionArn of(String accountId, String region, String functionName) {
        return new FunctionArn(accountId, region, functionName, null);
    }

    public FunctionArn qualified(String newQualifier) {
        return new FunctionArn(accountId, region, functionName, newQualifier);
    }

    public FunctionArn unqualified() {
        return qualified(null);
    }

    public boolean isQualified() {
        return qualifier != null;
    }

    @Override
    public String toString() {
        String arn = "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
        return qualifier == null ? arn : arn + ":" + qualifier;
    }
}
