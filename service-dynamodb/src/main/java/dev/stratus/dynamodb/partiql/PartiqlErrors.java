package dev.stratus.dynamodb.partiql;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;

/** DynamoDB's refusals of PartiQL statements, worded as DynamoDB words them. */
public final class PartiqlErrors {

    private PartiqlErrors() {
    }

    /** The error an INSERT of an existing primary key gets (the PutItem's ConditionalCheckFailed, translated). */
    public static AwsServiceException duplicateItem() {
        return new AwsServiceException("DuplicateItemException", "Duplicate primary key exists in table", 400);
    }

    static AwsServiceException malformed(String detail) {
        return CommonErrors.validation("Statement wasn't well formed, can't be processed: " + detail);
    }

    static AwsServiceException deleteReturning(String returnValues) {
        String clause = returnValues.replace("UPDATED_", "MODIFIED ").replace("ALL_", "ALL ");
        return CommonErrors.validation("Invalid returning clause: RETURNING " + clause
                + " *. Only RETURNING ALL OLD * is allowed in DELETE statements.");
    }

    static AwsServiceException existsOutsideTransaction() {
        return CommonErrors.validation("EXISTS is only supported within ExecuteTransaction");
    }

    static AwsServiceException parameterCount() {
        return CommonErrors.validation("Number of parameters in request and statement don't match.");
    }

    static AwsServiceException missingKeyEquality() {
        return CommonErrors.validation("Where clause does not contain a mandatory equality on all key attributes");
    }

    static AwsServiceException unsupported(String detail) {
        return CommonErrors.validation("Unsupported operation: " + detail);
    }

    public static AwsServiceException invalidNextToken() {
        return CommonErrors.validation("The provided NextToken is invalid");
    }

    static AwsServiceException batchReadWithoutKey() {
        return CommonErrors.validation(
                "Select statements within BatchExecuteStatement must specify the primary key in the where clause.");
    }

    static AwsServiceException transactionReadWithoutKey() {
        return CommonErrors.validation(
                "Select statements within ExecuteTransaction must specify the primary key in the where clause.");
    }

    static AwsServiceException mixedReadsAndWrites() {
        return CommonErrors.validation("Mixed read and write statements are not supported");
    }
}
