/**
 * Global tables and replica auto scaling as JSON:
 * each operation's input read into the engine's request, its result written.
 */
package dev.stratus.dynamodb.protocol.global;
