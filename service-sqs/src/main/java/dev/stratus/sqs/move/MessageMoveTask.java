package dev.stratus.sqs.move;

/** One message move task, as ListMessageMoveTasks shows it. */
public record MessageMoveTask(String taskHandle, String status, String sourceArn, String destinationArn,
                              Integer maxNumberOfMessagesPerSecond, long messagesMoved, long messagesToMove,
                              long startedAt) {
}
