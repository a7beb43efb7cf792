/**
 * Items: their compact stored form, the atomic write path that commits item writes with their index entries and
 * publishes them ({@link dev.stratus.dynamodb.item.ItemCommitter}), and PutItem, GetItem, UpdateItem, DeleteItem.
 */
package dev.stratus.dynamodb.item;
