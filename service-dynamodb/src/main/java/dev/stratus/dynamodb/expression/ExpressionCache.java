package dev.stratus.dynamodb.expression;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed expressions by grammar and text, so each is parsed once. A hit takes no lock (request threads
 * contended on the lock of an access-ordered map); when the cache outgrows its capacity, the least recently used
 * quarter is dropped at once, under a lock only writers of new entries take.
 */
final class ExpressionCache {

    enum Grammar { CONDITION, UPDATE, PROJECTION }

    private record Key(Grammar grammar, String text) {
    }

    /** A parse and when it was last used ({@link System#nanoTime}). */
    private static final class Entry {
        private final Object parsed;
        private volatile long lastUsed;

        private Entry(Object parsed, long lastUsed) {
            this.parsed = parsed;
            this.lastUsed = lastUsed;
        }
    }

    private final int capacity;
    private final Map<Key, Entry> parsed = new ConcurrentHashMap<>();
    private final Object eviction = new Object();

    ExpressionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The parse of {@code text}, parsed now if not cached; a syntax error is thrown, not cached. */
    @SuppressWarnings("unchecked")
    <T> T get(Grammar grammar, String text, Function<String, T> parser) {
        Key key = new Key(grammar, text);
        Entry cached = parsed.get(key);
        if (cached != null) {
            cached.lastUsed = System.nanoTime();
            return (T) cached.parsed;
        }
        T result = parser.apply(text);
        parsed.put(key, new Entry(result, System.nanoTime()));
        if (parsed.size() > capacity) {
            evict();
        }
        return result;
    }

    private void evict() {
        synchronized (eviction) {
            int excess = parsed.size() - capacity;
            if (excess <= 0) {
                return;
            }
            List<Map.Entry<Key, Entry>> oldest = parsed.entrySet().stream()
                    .sorted(Comparator.comparingLong(entry -> entry.getValue().lastUsed))
                    .limit(Math.max(excess, capacity / 4))
                    .toList();
            oldest.forEach(entry -> parsed.remove(entry.getKey(), entry.getValue()));
        }
    }

    int size() {
        return parsed.size();
    }
}
