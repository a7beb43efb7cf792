package dev.stratus.events.api;

/**
 * An existing source as Lambda checks it before mapping it to a function: a mapping must be in the source's
 * account and region.
 */
public record EventSourceInfo(String sourceArn, String accountId, String region) {
}
