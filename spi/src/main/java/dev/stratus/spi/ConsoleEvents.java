package dev.stratus.spi;

/**
 * Tells the web console's open pages that a resource changed, so they read it again through the service's API: a
 * notice names what changed, never its new state (the console is a client of the AWS APIs like any other). The
 * platform binds it; a service injects it and publishes where its resources change (a queue's messages, a topic's
 * deliveries, a table's status). The console carries the notices to each open page over one server-sent event
 * connection, coalesced, and only to pages of the notice's account and region; page scripts subscribe with
 * {@code console.on(kind, handler)} (see {@link ConsolePage}). Publishing never blocks and never throws, and costs
 * next to nothing while no page is open, so it may be called on any thread, inside a write.
 */
public interface ConsoleEvents {

    /** Drops every notice: the binding when no console runs. */
    ConsoleEvents NONE = notice -> { };

    void publish(Notice notice);

    /**
     * A change of one resource.
     *
     * @param service   the {@link ServiceDescriptor#name() name} of the service it belongs to, e.g. {@code sqs}
     * @param accountId the account it lives in
     * @param region    the region it lives in
     * @param kind      what sort of resource it is, within the service, e.g. {@code queue}
     * @param name      its name, e.g. {@code jobs}
     */
    record Notice(String service, String accountId, String region, String kind, String name) {
    }
}
