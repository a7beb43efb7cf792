package dev.stratus.sqs.message;

import dev.stratus.sqs.SqsErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Receipt handles: new for every receive, naming the message they were issued for. */
public final class ReceiptHandles {

    private static final String SEPARATOR = "#";

    private ReceiptHandles() {
    }

    public static String issue(String messageId) {
        String plain = messageId + SEPARATOR + UUID.randomUUID();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the message the handle was issued for; a handle Stratus did not issue is refused as AWS refuses it. */
    public static String messageIdOf(String handle) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(handle), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator <= 0) {
                throw SqsErrors.receiptHandleIsInvalid(handle);
            }
            return plain.substring(0, separator);
        } catch (IllegalArgumentException e) {
            throw SqsErrors.receiptHandleIsInvalid(handle);
        }
    }
}
