/**
 * Resource-based policies of tables and streams: PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy,
 * with revision ids for conditional changes. Stored and returned; Stratus does not evaluate them.
 */
package dev.stratus.dynamodb.policy;
