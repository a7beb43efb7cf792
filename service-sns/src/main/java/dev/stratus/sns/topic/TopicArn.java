package dev.stratus.sns.topic;

import dev.stratus.sns.SnsErrors;

/** A topic's ARN, {@code arn:aws:sns:<region>:<account>:<name>}, and the names AWS accepts. */
public record TopicArn(String region, String accountId, String name) {

    private static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,256}";

    public static TopicArn parse(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", -1);
        if (parts.length != 6 || !"arn".equals(parts[0]) || !"sns".equals(parts[2])) {
            throw SnsErrors.invalidParameter("TopicArn");
        }
        return new TopicArn(parts[3], parts[4], parts[5]);
    }

    /** Refuses a name that is not a valid standard or FIFO topic name. */
    public static void checkName(String name, boolean fifo) {
        if (fifo) {
            if (!name.endsWith(".fifo") || !name.substring(0, name.length() - 5).matches("[A-Za-z0-9_-]{1,251}")) {
                throw SnsErrors.invalidParameter("Fifo Topic names must end with .fifo and must be made up of only "
                        + "uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between "
                        + "1 and 256 characters long.");
            }
        } else if (!name.matches(NAME_PATTERN)) {
            throw SnsErrors.invalidParameter("Topic Name");
        }
    }

    public boolean fifo() {
        return name.endsWith(".fifo");
    }

    @Override
    public String toString() {
        return "arn:aws:sns:" + region + ":" + accountId + ":" + name;
    }
}
