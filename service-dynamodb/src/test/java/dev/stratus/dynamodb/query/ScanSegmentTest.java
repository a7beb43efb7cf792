package dev.stratus.dynamodb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.spi.AwsServiceException;
import org.junit.jupiter.api.Test;

class ScanSegmentTest {

    @Test
    void noSegmentReadsTheWholeTable() {
        assertEquals(ScanSegment.WHOLE, ScanSegment.of(null, null));
        assertEquals(new ScanSegment(2, 4), ScanSegment.of(2L, 4L));
    }

    @Test
    void segmentsAreRefusedAsAwsRefusesThem() {
        assertEquals("The TotalSegments parameter is required but was not present in the request when Segment "
                + "parameter is present", assertThrows(AwsServiceException.class, () -> ScanSegment.of(1L, null))
                .getMessage());
        assertEquals("The Segment parameter is required but was not present in the request when parameter "
                + "TotalSegments is present", assertThrows(AwsServiceException.class, () -> ScanSegment.of(null, 2L))
                .getMessage());
        assertEquals("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 2 "
                + "is not less than TotalSegments: 2", assertThrows(AwsServiceException.class,
                () -> ScanSegment.of(2L, 2L)).getMessage());
    }
}
