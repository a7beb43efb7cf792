package dev.stratus.testkit;

/** Gives each test class an account of its own: Stratus treats a 12-digit access key as the account id. */
final class AccessKeys {

    private AccessKeys() {
    }

    static String forTestClass(Class<?> testClass) {
        long hash = testClass.getName().hashCode() & 0xFFFFFFFFL;
        return String.format("%012d", 100_000_000_000L + hash);
    }
}
