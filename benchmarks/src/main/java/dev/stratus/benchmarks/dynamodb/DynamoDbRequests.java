package dev.stratus.benchmarks.dynamodb;

import dev.stratus.benchmarks.load.HttpRequests;

/**
 * DynamoDB JSON 1.0 requests written by hand, as the wire bytes an SDK would send, so no SDK runs in the hot loop.
 * The benchmark's items: table {@value #ITEMS} keyed by {@code pk} (ten items per partition) and {@code sk}, each
 * about 200 bytes by DynamoDB's item-size rule unless a longer payload is asked for.
 */
final class DynamoDbRequests {

    static final String ITEMS = "bench-items";
    static final int ITEMS_PER_PARTITION = 10;
    /** 150 characters: with the keys and a number, an item of about 200 bytes. */
    private static final int PAYLOAD_LENGTH = 150;

    private final String host;
    private final int port;
    private final String payload;

    DynamoDbRequests(String host, int port) {
        this(host, port, PAYLOAD_LENGTH);
    }

    /** Requests whose items carry a payload string of {@code payloadLength} characters. */
    DynamoDbRequests(String host, int port, int payloadLength) {
        this.host = host;
        this.port = port;
        this.payload = "x".repeat(payloadLength);
    }

    static String partition(long item) {
        return String.format("user#%07d", item / ITEMS_PER_PARTITION);
    }

    static String sort(long item) {
        return "item#" + item % ITEMS_PER_PARTITION;
    }

    /**
     * The item's size by DynamoDB's rule: attribute names and strings in UTF-8 bytes, a number one byte per two
     * significant digits plus one.
     */
    static long itemSize(long item) {
        String number = Long.toString(item);
        return "pk".length() + partition(item).length() + "sk".length() + sort(item).length() + "payload".length()
                + PAYLOAD_LENGTH + "n".length() + (number.length() + 1) / 2 + 1;
    }

    byte[] createItemsTable() {
        return call("CreateTable", "{\"TableName\":\"" + ITEMS + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                + "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]}");
    }

    /** A table keyed by {@code pk} alone, with a NEW_AND_OLD_IMAGES stream when {@code streamed}. */
    byte[] createWritesTable(String table, boolean streamed) {
        return call("CreateTable", "{\"TableName\":\"" + table + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]"
                + (streamed ? ",\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}" : "")
                + "}");
    }

    byte[] describeTable(String table) {
        return call("DescribeTable", "{\"TableName\":\"" + table + "\"}");
    }

    /** BatchWriteItem of the items numbered {@code from} (inclusive) to {@code to} (exclusive), at most 25. */
    byte[] batchWriteItems(long from, long to) {
        StringBuilder body = new StringBuilder(256 * 25).append("{\"RequestItems\":{\"").append(ITEMS).append("\":[");
        for (long item = from; item < to; item++) {
            body.append(item == from ? "" : ",").append("{\"PutRequest\":{\"Item\":").append(item(item)).append("}}");
        }
        return call("BatchWriteItem", body.append("]}}").toString());
    }

    byte[] putItem(String table, String key, long number) {
        return call("PutItem", "{\"TableName\":\"" + table + "\",\"Item\":{\"pk\":{\"S\":\"" + key + "\"},"
                + "\"payload\":{\"S\":\"" + payload + "\"},\"n\":{\"N\":\"" + number + "\"}}}");
    }

    /** PutItem of the given item of table {@value #ITEMS}, a new one or an overwrite. */
    byte[] putItem(long item) {
        return call("PutItem", "{\"TableName\":\"" + ITEMS + "\",\"Item\":" + item(item) + "}");
    }

    byte[] getItem(long item) {
        return call("GetItem", "{\"TableName\":\"" + ITEMS + "\",\"Key\":" + key(item) + "}");
    }

    /** All ten items of the item's partition. */
    byte[] query(long item) {
        return call("Query", "{\"TableName\":\"" + ITEMS + "\",\"KeyConditionExpression\":\"pk = :pk\","
                + "\"ExpressionAttributeValues\":{\":pk\":{\"S\":\"" + partition(item) + "\"}}}");
    }

    /** A page of ten items after the given one, as a paginating reader asks for it. */
    byte[] scan(long after) {
        return call("Scan", "{\"TableName\":\"" + ITEMS + "\",\"Limit\":10,\"ExclusiveStartKey\":" + key(after) + "}");
    }

    /** Every stream of the account and region: answers 200 wherever DynamoDB Streams runs. */
    byte[] listAllStreams() {
        return streams("ListStreams", "{}");
    }

    byte[] listStreams(String table) {
        return streams("ListStreams", "{\"TableName\":\"" + table + "\"}");
    }

    byte[] describeStream(String streamArn) {
        return streams("DescribeStream", "{\"StreamArn\":\"" + streamArn + "\"}");
    }

    byte[] latestShardIterator(String streamArn, String shardId) {
        return streams("GetShardIterator", "{\"StreamArn\":\"" + streamArn + "\",\"ShardId\":\"" + shardId
                + "\",\"ShardIteratorType\":\"LATEST\"}");
    }

    byte[] getRecords(String iterator) {
        return streams("GetRecords", "{\"ShardIterator\":\"" + iterator + "\"}");
    }

    private String item(long item) {
        return "{\"pk\":{\"S\":\"" + partition(item) + "\"},\"sk\":{\"S\":\"" + sort(item) + "\"},"
                + "\"payload\":{\"S\":\"" + payload + "\"},\"n\":{\"N\":\"" + item + "\"}}";
    }

    private static String key(long item) {
        return "{\"pk\":{\"S\":\"" + partition(item) + "\"},\"sk\":{\"S\":\"" + sort(item) + "\"}}";
    }

    private byte[] call(String operation, String body) {
        return HttpRequests.awsJson10(host, port, "dynamodb", "DynamoDB_20120810." + operation, body);
    }

    private byte[] streams(String operation, String body) {
        return HttpRequests.awsJson10(host, port, "dynamodb", "DynamoDBStreams_20120810." + operation, body);
    }
}
