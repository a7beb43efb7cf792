package dev.stratus.sns.delivery;

import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What SNS would have sent to email, email-json and SMS endpoints: nothing leaves the machine, so the messages are
 * kept here (the latest {@value #KEPT}) for {@code GET /_stratus/sns/messages} to list.
 */
@Singleton
public final class LocalRecords {

    static final int KEPT = 10_000;

    private final Deque<LocalRecord> records = new ArrayDeque<>();

    static boolean handles(String protocol) {
        return "email".equals(protocol) || "email-json".equals(protocol) || "sms".equals(protocol);
    }

    synchronized void add(LocalRecord record) {
        if (records.size() == KEPT) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    /** The kept messages, oldest first. */
    public synchronized List<LocalRecord> list() {
        return List.copyOf(records);
    }
}
