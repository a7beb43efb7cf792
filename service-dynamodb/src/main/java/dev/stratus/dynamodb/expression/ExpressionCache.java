package dev.stratus.dynamodb.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Parsed expressions by grammar and text, least recently used dropped first, so each is parsed once. */
final class ExpressionCache {

    enum Grammar { CONDITION, UPDATE, PROJECTION }

    private record Key(Grammar grammar, String text) {
    }

    /** Guarded by itself. */
    private final Map<Key, Object> parsed;

    ExpressionCache(int capacity) {
        this.parsed = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The parse of {@code text}, parsed now if not cached; a syntax error is thrown, not cached. */
    @SuppressWarnings("unchecked")
    <T> T get(Grammar grammar, String text, Function<String, T> parser) {
        Key key = new Key(grammar, text);
        synchronized (parsed) {
            Object cached = parsed.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        T result = parser.apply(text);
        synchronized (parsed) {
            parsed.put(key, result);
        }
        return result;
    }

    int size() {
        synchronized (parsed) {
            return parsed.size();
        }
    }
}
