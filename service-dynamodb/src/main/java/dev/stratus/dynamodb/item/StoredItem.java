package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * An item as read from storage: an unmodifiable map of its attributes, decoded from its stored encoding only when
 * they are first looked at. A read that answers the whole item measures it and writes its JSON from the encoding
 * ({@link #itemSize()}, {@link EncodedItemJson}), so it never decodes it. Used by one request at a time.
 */
public final class StoredItem extends AbstractMap<String, AttributeValue> {

    private final byte[] encoding;
    private Map<String, AttributeValue> attributes;

    public StoredItem(byte[] encoding) {
        this.encoding = encoding;
    }

    /** The item's size as {@link ItemSize#of(Map)} reckons it: from the encoding, or the map when not stored. */
    public static long sizeOf(Map<String, AttributeValue> item) {
        return item instanceof StoredItem stored ? stored.itemSize() : ItemSize.of(item);
    }

    /** The stored encoding ({@link ItemEncoding}); not to be modified. */
    public byte[] encoding() {
        return encoding;
    }

    public long itemSize() {
        return ItemEncoding.size(encoding);
    }

    @Override
    public Set<Entry<String, AttributeValue>> entrySet() {
        return attributes().entrySet();
    }

    @Override
    public AttributeValue get(Object name) {
        return attributes().get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return attributes().containsKey(name);
    }

    @Override
    public int size() {
        return attributes().size();
    }

    private Map<String, AttributeValue> attributes() {
        if (attributes == null) {
            attributes = Collections.unmodifiableMap(ItemEncoding.decode(encoding));
        }
        return attributes;
    }
}
