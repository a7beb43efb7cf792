/**
 * On-demand backups as JSON:
 * each operation's input read into the engine's request, its result written.
 */
package dev.stratus.dynamodb.protocol.backup;
