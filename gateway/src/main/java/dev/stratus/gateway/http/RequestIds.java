package dev.stratus.gateway.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids as AWS shows them (a random version-4 UUID), drawn from the thread's own generator: an id only
 * names a request, so it needs no {@code SecureRandom}, whose shared lock every request thread queued on.
 */
final class RequestIds {

    private static final long VERSION_4 = 0x4000L;
    private static final long VERSION_MASK = 0xF000L;
    private static final long IETF_VARIANT = 0x8000_0000_0000_0000L;
    private static final long VARIANT_MASK = 0xC000_0000_0000_0000L;

    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~VERSION_MASK) | VERSION_4;
        long low = (random.nextLong() & ~VARIANT_MASK) | IETF_VARIANT;
        return new UUID(high, low).toString();
    }
}
