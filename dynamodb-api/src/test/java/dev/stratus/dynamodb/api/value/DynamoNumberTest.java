package dev.stratus.dynamodb.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.spi.AwsServiceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DynamoNumberTest {

    @ParameterizedTest
    @CsvSource({
            "1.50, 1.5", "1e2, 100", "-0, 0", "0.000, 0", "007, 7", "+3, 3", "1E-3, 0.001", ".5, 0.5", "5., 5",
            "-12.3400, -12.34", "1.23e+4, 12300", "0001.23, 1.23", "1e+5, 100000", "0e1000, 0", ".123, 0.123"})
    void printsTheNormalisedForm(String given, String normalised) {
        assertEquals(normalised, DynamoNumber.parse(given).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "-", ".", "e", "1", "-1", "+1", "1.", ".1", "-.1", "+.5", "1.5", "1e5", "1E5",
            "1e+5", "1e-5", "1e", "1e+", "e5", ".e5", "1.e5", "5.e-3", "1.2.3", "--1", "+-1", "1e5e5", "1e5.0", " 1",
            "1 ", "\u0661", "1\u0661", "0x10", "NaN", "Infinity", "1_000", "1,5", "007.700E+007"})
    void scansTheSyntaxAsItsRegularExpressionStatesIt(String text) {
        boolean expected = text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
        assertEquals(expected, DynamoNumber.hasNumberSyntax(text), text);
    }

    @Test
    void comparesAndEqualsByNumericValue() {
        assertEquals(DynamoNumber.parse("1"), DynamoNumber.parse("1.0"));
        assertEquals(DynamoNumber.parse("1").hashCode(), DynamoNumber.parse("1.000").hashCode());
        assertTrue(DynamoNumber.parse("-10").compareTo(DynamoNumber.parse("9")) < 0);
        assertTrue(DynamoNumber.parse("10").compareTo(DynamoNumber.parse("9")) > 0);
    }

    @Test
    void acceptsTheLimitsOfTheRange() {
        assertEquals("9.9999999999999999999999999999999999999E+125",
                DynamoNumber.parse("9.9999999999999999999999999999999999999E+125").bigDecimal().toString());
        assertEquals(DynamoNumber.parse("1E-130"), DynamoNumber.parse("-1E-130").subtract(DynamoNumber.parse("-2E-130")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e126|Number overflow. Attempting to store a number with magnitude larger than supported range",
            "-1e126|Number overflow. Attempting to store a number with magnitude larger than supported range",
            "1e-131|Number underflow. Attempting to store a number with magnitude smaller than supported range",
            "-1e-131|Number underflow. Attempting to store a number with magnitude smaller than supported range",
            "123456789012345678901234567890123456789|Attempting to store more than 38 significant digits in a Number",
            "-1.23456789012345678901234567890123456789|Attempting to store more than 38 significant digits in a Number",
            "b|The parameter cannot be converted to a numeric value: b",
            "'1 '|'The parameter cannot be converted to a numeric value: 1 '",
            "0x10|The parameter cannot be converted to a numeric value: 0x10",
            "1e|The parameter cannot be converted to a numeric value: 1e",
            "NaN|The parameter cannot be converted to a numeric value: NaN",
            "-Infinity|The parameter cannot be converted to a numeric value: -Infinity",
            "0.9e-130|Number underflow. Attempting to store a number with magnitude smaller than supported range"})
    void refusesWhatDynamoDbRefuses(String given, String message) {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> DynamoNumber.parse(given));
        assertEquals("ValidationException", error.errorCode());
        assertEquals(message, error.getMessage());
    }

    @Test
    void refusesAnEmptyNumber() {
        assertEquals("The parameter cannot be converted to a numeric value",
                assertThrows(AwsServiceException.class, () -> DynamoNumber.parse("")).getMessage());
    }

    @Test
    void trailingZerosDoNotCountAsSignificantDigits() {
        assertEquals(1, DynamoNumber.parse("1" + "0".repeat(100)).significantDigits());
    }

    @Test
    void arithmeticIsExact() {
        assertEquals("10000000000000000000001",
                DynamoNumber.parse("1").add(DynamoNumber.parse("10000000000000000000000")).toString());
        assertEquals("9999999999999999999999",
                DynamoNumber.parse("10000000000000000000000").subtract(DynamoNumber.parse("1")).toString());
    }

    @Test
    void arithmeticNeedingMoreThan38DigitsIsCalledAnOverflowAsDynamoDbDoes() {
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                assertThrows(AwsServiceException.class,
                        () -> DynamoNumber.parse("1e50").add(DynamoNumber.parse("1"))).getMessage());
    }

    @Test
    void arithmeticBeyondTheRangeOverflows() {
        DynamoNumber largest = DynamoNumber.parse("9.9999999999999999999999999999999999999E+125");
        assertEquals("Number overflow. Attempting to store a number with magnitude larger than supported range",
                assertThrows(AwsServiceException.class, () -> largest.add(largest)).getMessage());
    }
}
