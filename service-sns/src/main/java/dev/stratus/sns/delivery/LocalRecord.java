package dev.stratus.sns.delivery;

/**
 * A message SNS kept instead of sending it to an email, email-json or SMS endpoint.
 *
 * @param type            {@code Notification}, or {@code SubscriptionConfirmation} for the message that asks an
 *                        email address to confirm (its text holds the SubscribeURL)
 * @param message         what the endpoint would receive: the text for email and SMS, the JSON envelope for
 *                        email-json
 * @param subject         the subject (email), or {@code null}
 */
public record LocalRecord(String type, String protocol, String endpoint, String topicArn, String subscriptionArn,
                          String messageId, String subject, String message, String timestamp) {
}
