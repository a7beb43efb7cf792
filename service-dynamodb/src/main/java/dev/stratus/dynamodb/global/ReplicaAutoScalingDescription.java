package dev.stratus.dynamodb.global;

import dev.stratus.dynamodb.table.Table;

/** DescribeTableReplicaAutoScaling's answer for a table without replicas. */
public record ReplicaAutoScalingDescription(String tableName, Table.TableStatus tableStatus) {
}
