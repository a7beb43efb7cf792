package dev.stratus.sqs.message;

/** What SendMessage answers: the message's id, digests and (FIFO) sequence number. */
public record SendResult(String messageId, String md5OfBody, String md5OfAttributes, String md5OfSystemAttributes,
                         String sequenceNumber) {
}
