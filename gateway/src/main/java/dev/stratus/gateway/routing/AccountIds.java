package dev.stratus.gateway.routing;

/** Which account a request acts in: a 12-digit access key is the account, anything else the default one. */
public final class AccountIds {

    public static final String DEFAULT_ACCOUNT = "000000000000";

    private AccountIds() {
    }

    public static String fromAccessKey(String accessKey) {
        return accessKey != null && accessKey.length() == 12 && allDigits(accessKey) ? accessKey : DEFAULT_ACCOUNT;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
