package dev.stratus.sns.subscription;

import dev.stratus.sns.SnsErrors;
import java.util.Set;

/** The attributes a subscription may be given, and what SNS refuses among them. */
public final class SubscriptionAttributes {

    public static final String RAW_MESSAGE_DELIVERY = "RawMessageDelivery";
    public static final String FILTER_POLICY = "FilterPolicy";
    public static final String FILTER_POLICY_SCOPE = "FilterPolicyScope";

    private static final Set<String> SETTABLE = Set.of(RAW_MESSAGE_DELIVERY, FILTER_POLICY, FILTER_POLICY_SCOPE,
            "DeliveryPolicy", "RedrivePolicy", "SubscriptionRoleArn", "ReplayPolicy");

    private SubscriptionAttributes() {
    }

    static void check(String name, String value) {
        if (!SETTABLE.contains(name)) {
            throw SnsErrors.invalidParameter("AttributeName");
        }
        if (RAW_MESSAGE_DELIVERY.equals(name) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw SnsErrors.invalidParameter("Attributes Reason: RawMessageDelivery: Invalid value [" + value
                    + "]. Must be true or false.");
        }
        if (FILTER_POLICY_SCOPE.equals(name) && !value.equals("MessageAttributes") && !value.equals("MessageBody")) {
            throw SnsErrors.invalidParameter("Attributes Reason: FilterPolicyScope: Invalid value [" + value
                    + "]. Please use either MessageBody or MessageAttributes");
        }
    }
}
