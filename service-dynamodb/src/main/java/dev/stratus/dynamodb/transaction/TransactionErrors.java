package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.spi.AwsServiceException;
import java.util.List;
import java.util.stream.Collectors;

/** DynamoDB's refusals of transactions, worded as DynamoDB words them. */
final class TransactionErrors {

    private TransactionErrors() {
    }

    /** The cancellation of a whole transaction: one reason per action, in request order. */
    static AwsServiceException canceled(List<CancellationReason> reasons) {
        String codes = reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", ", "[", "]"));
        return DynamoDbErrors.withCancellationReasons(new AwsServiceException("TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, 400),
                reasons);
    }

    static AwsServiceException multipleOperationsOnOneItem() {
        return DynamoDbErrors.validation("Transaction request cannot include multiple operations on one item");
    }

    static AwsServiceException requestTooLarge() {
        return DynamoDbErrors.validation("Transaction request cannot be larger than 4 MB");
    }

    static AwsServiceException oneActionPerItem() {
        return DynamoDbErrors.validation("TransactItems can only contain one of Check, Put, Update or Delete");
    }

    static AwsServiceException idempotentParameterMismatch() {
        return new AwsServiceException("IdempotentParameterMismatchException",
                "DynamoDB rejected the request because you retried a request with a different payload but with an "
                        + "idempotent token that was already used.", 400);
    }
}
