package dev.stratus.dynamodb.table;


/** Table names as requests give them: a plain name, or a table ARN where the API model allows one. */
public final class TableNames {

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 255;

    private TableNames() {
    }

    /** The table name of {@code nameOrArn}, checked as AWS checks {@code tableName}. */
    public static String resolve(String nameOrArn) {
        String name = nameOf(nameOrArn);
        if (!ConstraintViolations.isValidName(name, MIN_LENGTH, MAX_LENGTH)) {
            new ConstraintViolations().name(name, "tableName", MIN_LENGTH, MAX_LENGTH).throwIfAny();
        }
        return name;
    }

    /** The table name of {@code nameOrArn}, unchecked; {@code null} stays {@code null}. */
    public static String nameOf(String nameOrArn) {
        if (nameOrArn == null || !nameOrArn.startsWith("arn:")) {
            return nameOrArn;
        }
        int table = nameOrArn.indexOf(":table/");
        return table < 0 ? nameOrArn : nameOrArn.substring(table + ":table/".length());
    }
}
