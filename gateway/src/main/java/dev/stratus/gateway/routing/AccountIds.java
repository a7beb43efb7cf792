package dev.stratus.gateway.routing;

/** Which account a request acts in: a 12-digit access key is the account, anything else the default one. */
public final class AccountIds {

    public static final String DEFAULT_ACCOUNT = "000000000000";

    private AccountIds() {
    }

    public static String fromAccessKey(String accessKey) {
        if (accessKey != null && accessKey.length() == 12 && accessKey.chars().allMatch(Character::isDigit)) {
            return accessKey;
        }
        return DEFAULT_ACCOUNT;
    }
}
