package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import dev.stratus.dynamodb.item.ItemEncoding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored record of a transaction that succeeded with a ClientRequestToken: the request's fingerprint, when it
 * was recorded (epoch millis) and the result it answered, in a compact binary form led by a format byte.
 */
record TokenRecord(String fingerprint, long at, TransactWriteItemsResult result) {

    private static final byte FORMAT = 1;

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeByte(FORMAT);
            out.writeUTF(fingerprint);
            out.writeLong(at);
            writeCapacity(out, result.consumedCapacity());
            writeMetrics(out, result.itemCollectionMetrics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The record these bytes hold; empty for a record of an earlier format, which reads as expired. */
    static Optional<TokenRecord> parse(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != FORMAT) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
            String fingerprint = in.readUTF();
            long at = in.readLong();
            List<CapacityUsage> capacity = readCapacity(in);
            Map<String, List<ItemCollectionMetrics>> metrics = readMetrics(in);
            return Optional.of(new TokenRecord(fingerprint, at, new TransactWriteItemsResult(capacity, metrics)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCapacity(DataOutputStream out, List<CapacityUsage> usages) throws IOException {
        out.writeInt(usages == null ? -1 : usages.size());
        if (usages == null) {
            return;
        }
        for (CapacityUsage usage : usages) {
            out.writeUTF(usage.tableName());
            out.writeBoolean(usage.write());
            out.writeDouble(usage.total());
            out.writeBoolean(usage.table() != null);
            if (usage.table() != null) {
                out.writeDouble(usage.table());
            }
            writeUnits(out, usage.globalIndexes());
            writeUnits(out, usage.localIndexes());
        }
    }

    private static List<CapacityUsage> readCapacity(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            return null;
        }
        List<CapacityUsage> usages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String tableName = in.readUTF();
            boolean write = in.readBoolean();
            double total = in.readDouble();
            Double table = in.readBoolean() ? in.readDouble() : null;
            usages.add(new CapacityUsage(tableName, write, total, table, readUnits(in), readUnits(in)));
        }
        return usages;
    }

    private static void writeUnits(DataOutputStream out, Map<String, Double> units) throws IOException {
        out.writeInt(units.size());
        for (Map.Entry<String, Double> entry : units.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeDouble(entry.getValue());
        }
    }

    private static Map<String, Double> readUnits(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, Double> units = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            units.put(in.readUTF(), in.readDouble());
        }
        return units;
    }

    private static void writeMetrics(DataOutputStream out, Map<String, List<ItemCollectionMetrics>> metrics)
            throws IOException {
        out.writeInt(metrics == null ? -1 : metrics.size());
        if (metrics == null) {
            return;
        }
        for (Map.Entry<String, List<ItemCollectionMetrics>> table : metrics.entrySet()) {
            out.writeUTF(table.getKey());
            out.writeInt(table.getValue().size());
            for (ItemCollectionMetrics each : table.getValue()) {
                byte[] key = ItemEncoding.encode(Map.of(each.hashKeyName(), each.hashKeyValue()));
                out.writeInt(key.length);
                out.write(key);
            }
        }
    }

    private static Map<String, List<ItemCollectionMetrics>> readMetrics(DataInputStream in) throws IOException {
        int tables = in.readInt();
        if (tables < 0) {
            return null;
        }
        Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
        for (int i = 0; i < tables; i++) {
            String table = in.readUTF();
            int count = in.readInt();
            List<ItemCollectionMetrics> list = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                Map<String, AttributeValue> key = ItemEncoding.decode(in.readNBytes(in.readInt()));
                Map.Entry<String, AttributeValue> hash = key.entrySet().iterator().next();
                list.add(new ItemCollectionMetrics(hash.getKey(), hash.getValue()));
            }
            metrics.put(table, list);
        }
        return metrics;
    }
}
