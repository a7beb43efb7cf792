package dev.stratus.sqs.queue;

/**
 * A FIFO send remembered for the deduplication interval: a send with the same deduplication key before
 * {@code expiresAt} (epoch millis) answers this message again and adds nothing. Kept in storage, so a restart
 * within the interval still deduplicates.
 */
record Deduplicated(String key, String messageId, String sequenceNumber, long expiresAt) {
}
