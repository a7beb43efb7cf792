/**
 * CloudWatch Contributor Insights for DynamoDB: its setting per table and global index, switched, reported and
 * listed as AWS does. Stratus has no CloudWatch, so no rules produce reports.
 */
package dev.stratus.dynamodb.insights;
