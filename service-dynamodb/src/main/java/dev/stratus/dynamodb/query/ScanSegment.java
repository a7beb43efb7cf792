package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.DynamoDbErrors;

/** The part of a table a Scan reads: one segment of a parallel scan, or the whole table (segment 0 of 1). */
public record ScanSegment(int segment, int totalSegments) {

    public static final ScanSegment WHOLE = new ScanSegment(0, 1);

    /** The request's {@code Segment} and {@code TotalSegments} ({@code null} when absent), checked as AWS checks them. */
    public static ScanSegment of(Long segment, Long totalSegments) {
        if (segment != null && totalSegments == null) {
            throw DynamoDbErrors.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (totalSegments != null && segment == null) {
            throw DynamoDbErrors.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present");
        }
        if (segment == null) {
            return WHOLE;
        }
        if (segment >= totalSegments) {
            throw DynamoDbErrors.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
        return new ScanSegment(segment.intValue(), totalSegments.intValue());
    }
}
