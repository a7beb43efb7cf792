/**
 * Publishing of committed item and table changes to the bound
 * {@link dev.stratus.dynamodb.api.ItemChangeListener}s.
 */
package dev.stratus.dynamodb.change;
