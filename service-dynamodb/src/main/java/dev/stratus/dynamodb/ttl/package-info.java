/**
 * Time to live: the background sweep that deletes items whose expiry attribute (a Number of epoch seconds) is in
 * the past by the platform clock, through the ordinary write path, publishing each deletion as a REMOVE made by
 * the service ({@link dev.stratus.dynamodb.api.ItemChange.UserIdentity#timeToLive()}).
 */
package dev.stratus.dynamodb.ttl;
