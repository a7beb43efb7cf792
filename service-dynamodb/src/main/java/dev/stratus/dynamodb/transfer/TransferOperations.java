package dev.stratus.dynamodb.transfer;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.recovery.RecoverySettings;
import dev.stratus.dynamodb.table.ConstraintViolations;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableNames;
import dev.stratus.dynamodb.table.TableService;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The export and import operations, for an account that has no exports or imports. */
@Singleton
public final class TransferOperations {

    private static final int MAX_PAGE = 25;

    private final TableService tables;
    private final RecoverySettings recovery;

    @Inject
    public TransferOperations(TableService tables, RecoverySettings recovery) {
        this.tables = tables;
        this.recovery = recovery;
    }

    /** Checks ListExports' page size; there are no exports to list. */
    public void listExports(Long maxResults) {
        checkPageSize(maxResults, "maxResults");
    }

    /** Checks ListImports' page size; there are no imports to list. */
    public void listImports(Long pageSize) {
        checkPageSize(pageSize, "pageSize");
    }

    public void describeExport(String exportArn) {
        checkArn(exportArn, "exportArn");
        throw new AwsServiceException("ExportNotFoundException", "Export not found: " + exportArn, 400);
    }

    public void describeImport(String importArn) {
        checkArn(importArn, "importArn");
        throw new AwsServiceException("ImportNotFoundException", "Import not found: " + importArn, 400);
    }

    /** Refused once the request, the table and its point-in-time recovery are checked. */
    public void exportTableToPointInTime(String tableArn, String s3Bucket, RequestContext context) {
        new ConstraintViolations().notNull(tableArn, "tableArn").length(tableArn, "tableArn", 1, 1024)
                .notNull(s3Bucket, "s3Bucket").length(s3Bucket, "s3Bucket", 0, 255).throwIfAny();
        String name = TableNames.nameOf(tableArn);
        Table table = tables.byArn(context, tableArn).orElseThrow(() -> DynamoDbErrors.tableNotFoundByName(name));
        recovery.requireEnabled(table);
        throw DynamoDbErrors.unavailable("Exports to S3");
    }

    /** Refused once the request's required members are checked. */
    public void importTable(ImportTableRequest request) {
        new ConstraintViolations().notNull(request.s3BucketSource(), "s3BucketSource")
                .notNull(request.inputFormat(), "inputFormat")
                .notNull(request.tableCreationParameters(), "tableCreationParameters")
                .throwIfAny();
        throw DynamoDbErrors.unavailable("Imports from S3");
    }

    private static void checkPageSize(Long size, String path) {
        new ConstraintViolations().atLeast(size, path, 1).atMost(size, path, MAX_PAGE).throwIfAny();
    }

    private static void checkArn(String arn, String path) {
        new ConstraintViolations().notNull(arn, path).length(arn, path, 37, 1024).throwIfAny();
    }
}
