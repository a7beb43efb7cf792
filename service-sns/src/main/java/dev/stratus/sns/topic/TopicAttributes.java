package dev.stratus.sns.topic;

import dev.stratus.sns.SnsErrors;
import java.util.Map;
import java.util.Set;

/** The attributes a topic may be given, and what SNS refuses among them. */
public final class TopicAttributes {

    public static final String FIFO_TOPIC = "FifoTopic";
    public static final String CONTENT_BASED_DEDUPLICATION = "ContentBasedDeduplication";
    public static final String DISPLAY_NAME = "DisplayName";

    private static final Set<String> SETTABLE = Set.of(DISPLAY_NAME, "Policy", "DeliveryPolicy", "KmsMasterKeyId",
            "SignatureVersion", "TracingConfig", CONTENT_BASED_DEDUPLICATION, "ArchivePolicy", "DataProtectionPolicy",
            "FifoThroughputScope", "HTTPSuccessFeedbackRoleArn", "HTTPFailureFeedbackRoleArn",
            "HTTPSuccessFeedbackSampleRate", "SQSSuccessFeedbackRoleArn", "SQSFailureFeedbackRoleArn",
            "SQSSuccessFeedbackSampleRate", "LambdaSuccessFeedbackRoleArn", "LambdaFailureFeedbackRoleArn",
            "LambdaSuccessFeedbackSampleRate", "ApplicationSuccessFeedbackRoleArn", "ApplicationFailureFeedbackRoleArn",
            "ApplicationSuccessFeedbackSampleRate", "FirehoseSuccessFeedbackRoleArn", "FirehoseFailureFeedbackRoleArn",
            "FirehoseSuccessFeedbackSampleRate");

    private TopicAttributes() {
    }

    /** Refuses an attribute SNS does not let one set, or a value it does not take, on a topic of this kind. */
    public static void check(String name, String value, boolean fifo) {
        if (FIFO_TOPIC.equals(name)) {
            if (!Boolean.toString(fifo).equalsIgnoreCase(value)) {
                throw SnsErrors.invalidParameter("Attributes Reason: FifoTopic");
            }
            return;
        }
        if (!SETTABLE.contains(name)) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        if (CONTENT_BASED_DEDUPLICATION.equals(name) && !fifo) {
            throw SnsErrors.invalidParameter("Attributes Reason: Content-based deduplication can only be set for "
                    + "FIFO topics");
        }
        if (CONTENT_BASED_DEDUPLICATION.equals(name) && !value.equalsIgnoreCase("true")
                && !value.equalsIgnoreCase("false")) {
            throw SnsErrors.invalidParameter("Attributes Reason: ContentBasedDeduplication");
        }
    }

    /** Whether CreateTopic's attributes ask for a FIFO topic. */
    public static boolean fifoRequested(Map<String, String> attributes) {
        return "true".equalsIgnoreCase(attributes.get(FIFO_TOPIC));
    }
}
