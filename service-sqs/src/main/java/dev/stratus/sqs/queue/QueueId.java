package dev.stratus.sqs.queue;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A queue's identity: its account, region and name. */
public record QueueId(String accountId, String region, String name) {

    @JsonIgnore
    public boolean isFifo() {
        return name.endsWith(".fifo");
    }

    public String arn() {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
    }

    /** The queue named by an ARN ({@code arn:aws:sqs:region:account:name}), or {@code null} when it is not one. */
    public static QueueId fromArn(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs") || parts[5].isEmpty()) {
            return null;
        }
        return new QueueId(parts[4], parts[3], parts[5]);
    }

    String storageKey() {
        return accountId + "/" + region + "/" + name;
    }
}
