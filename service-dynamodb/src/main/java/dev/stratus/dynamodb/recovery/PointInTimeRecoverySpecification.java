package dev.stratus.dynamodb.recovery;

/**
 * UpdateContinuousBackups' PointInTimeRecoverySpecification as sent; a member is {@code null} when left out.
 */
public record PointInTimeRecoverySpecification(Boolean pointInTimeRecoveryEnabled, Long recoveryPeriodInDays) {
}
