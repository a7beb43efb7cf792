package dev.stratus.dynamodb;

import dev.stratus.spi.protocol.JsonOperation;
import java.util.Map;

/**
 * A family of DynamoDB operations (backups, point-in-time recovery, resource policies, …) that registers itself
 * with {@link DynamoDbHandler} through a Guice multibinder, so a new family needs no change to the handler.
 */
public interface OperationGroup {

    /** The operations this group answers, by operation name. */
    Map<String, JsonOperation> operations();
}
