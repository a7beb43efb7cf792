/**
 * Global tables (version 2017.11.29) and replica auto scaling: listed and described as AWS does for an account
 * without any. Stratus replicates nothing between regions, so creating or changing them is refused after the
 * request is checked.
 */
package dev.stratus.dynamodb.global;
