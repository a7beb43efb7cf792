package dev.stratus.sqs.message;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message in a queue with its delivery state. Immutable: every change makes a new one, which is also what
 * is persisted.
 *
 * @param sequence          the queue's order of arrival
 * @param availableAt       epoch millis from which the message may be received (delay, then visibility timeout)
 * @param receiptHandle     the latest receive's handle, or {@code null} before the first receive
 * @param sequenceNumber    the FIFO sequence number, or {@code null} on standard queues
 * @param sourceArn         the queue the message was first sent to (kept across dead-letter moves)
 */
public record SqsMessage(
        long sequence,
        String messageId,
        String body,
        Map<String, MessageAttribute> attributes,
        Map<String, MessageAttribute> systemAttributes,
        String md5OfBody,
        String md5OfAttributes,
        String md5OfSystemAttributes,
        String senderId,
        long sentAt,
        long availableAt,
        int receiveCount,
        long firstReceivedAt,
        String receiptHandle,
        String groupId,
        String deduplicationId,
        String sequenceNumber,
        String sourceArn) {

    public SqsMessage {
        attributes = Map.copyOf(attributes);
        systemAttributes = Map.copyOf(systemAttributes);
    }

    public boolean isVisible(long now) {
        return availableAt <= now;
    }

    /** Received before and invisible now. */
    public boolean isInFlight(long now) {
        return receiptHandle != null && availableAt > now;
    }

    /** Not received yet and still delayed. */
    public boolean isDelayed(long now) {
        return receiptHandle == null && availableAt > now;
    }

    public SqsMessage received(long now, long visibleAgainAt, String newHandle) {
        return new SqsMessage(sequence, messageId, body, attributes, systemAttributes, md5OfBody, md5OfAttributes,
                md5OfSystemAttributes, senderId, sentAt, visibleAgainAt, receiveCount + 1,
                firstReceivedAt == 0 ? now : firstReceivedAt, newHandle, groupId, deduplicationId, sequenceNumber,
                sourceArn);
    }

    public SqsMessage availableAt(long at) {
        return new SqsMessage(sequence, messageId, body, attributes, systemAttributes, md5OfBody, md5OfAttributes,
                md5OfSystemAttributes, senderId, sentAt, at, receiveCount, firstReceivedAt, receiptHandle, groupId,
                deduplicationId, sequenceNumber, sourceArn);
    }

    /** The message as a move task returns it from a dead-letter queue: not received yet, so redrive starts over. */
    public SqsMessage withReceivesReset() {
        return new SqsMessage(sequence, messageId, body, attributes, systemAttributes, md5OfBody, md5OfAttributes,
                md5OfSystemAttributes, senderId, sentAt, availableAt, 0, 0, null, groupId, deduplicationId,
                sequenceNumber, sourceArn);
    }

    /** The same message arriving in another queue (a dead-letter or move target): visible at once, counts kept. */
    public SqsMessage movedTo(long newSequence, String newSequenceNumber, long now) {
        return new SqsMessage(newSequence, messageId, body, attributes, systemAttributes, md5OfBody, md5OfAttributes,
                md5OfSystemAttributes, senderId, sentAt, now, receiveCount, firstReceivedAt, null, groupId,
                deduplicationId, newSequenceNumber, sourceArn);
    }

    /** Every system attribute ReceiveMessage can return, by name, in AWS's order (a mutable copy). */
    public Map<String, String> systemAttributeValues() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("SenderId", senderId());
        all.put("SentTimestamp", Long.toString(sentAt()));
        all.put("ApproximateReceiveCount", Integer.toString(receiveCount()));
        all.put("ApproximateFirstReceiveTimestamp", Long.toString(firstReceivedAt()));
        if (sequenceNumber() != null) {
            all.put("SequenceNumber", sequenceNumber());
            all.put("MessageDeduplicationId", deduplicationId());
        }
        if (groupId() != null) {
            all.put("MessageGroupId", groupId());
        }
        MessageAttribute trace = systemAttributes().get("AWSTraceHeader");
        if (trace != null) {
            all.put("AWSTraceHeader", trace.stringValue());
        }
        return all;
    }
}
