package dev.stratus.benchmarks.storage;

import dev.stratus.benchmarks.load.HttpRequests;

/**
 * The DynamoDB requests of the storage benchmark as raw JSON 1.0 wire bytes: one table keyed by {@code id}, items of
 * about 200 bytes numbered from 0.
 */
final class StorageRequests {

    static final String TABLE = "bench-storage";
    /** With the key and a number, an item of about 200 bytes. */
    private static final String PAYLOAD = "x".repeat(170);

    private final String host;
    private final int port;

    StorageRequests(String host, int port) {
        this.host = host;
        this.port = port;
    }

    byte[] createTable() {
        return call("CreateTable", "{\"TableName\":\"" + TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}");
    }

    byte[] describeTable() {
        return call("DescribeTable", "{\"TableName\":\"" + TABLE + "\"}");
    }

    byte[] putItem(long item) {
        return call("PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":" + item(item) + "}");
    }

    byte[] getItem(long item) {
        return call("GetItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"id\":{\"S\":\"" + id(item) + "\"}}}");
    }

    /** BatchWriteItem of the items numbered {@code from} (inclusive) to {@code to} (exclusive), at most 25. */
    byte[] batchWriteItems(long from, long to) {
        StringBuilder body = new StringBuilder(256 * 25).append("{\"RequestItems\":{\"").append(TABLE).append("\":[");
        for (long item = from; item < to; item++) {
            body.append(item == from ? "" : ",").append("{\"PutRequest\":{\"Item\":").append(item(item)).append("}}");
        }
        return call("BatchWriteItem", body.append("]}}").toString());
    }

    private static String item(long item) {
        return "{\"id\":{\"S\":\"" + id(item) + "\"},\"payload\":{\"S\":\"" + PAYLOAD + "\"},\"n\":{\"N\":\"" + item + "\"}}";
    }

    private static String id(long item) {
        return String.format("item-%09d", item);
    }

    private byte[] call(String operation, String body) {
        return HttpRequests.awsJson10(host, port, "dynamodb", "DynamoDB_20120810." + operation, body);
    }
}
