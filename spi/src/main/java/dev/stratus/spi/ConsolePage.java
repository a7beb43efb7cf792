package dev.stratus.spi;

/**
 * A page a service adds to the web console ({@code /_stratus/console}), found with {@link java.util.ServiceLoader}
 * in the service's own jar (a {@code META-INF/services/dev.stratus.spi.ConsolePage} file naming the class, which
 * has a public no-argument constructor). The console lists the page, under {@link #title()}, only while the
 * service it belongs to runs.
 *
 * <p>The page is static files read from the jar, in the folder {@link #assets()}, served at
 * {@code /_stratus/console/plugins/<service>/<file>}: file names of lower-case letters, digits and dashes ending
 * in {@code .js}, {@code .css}, {@code .html} or {@code .svg}. The folder holds {@code page.js}, an ES module whose
 * exported {@code render(container, console)} fills the element {@code container} and may return a promise;
 * {@code console} gives it {@code h(tag, attributes, ...children)} to build elements, {@code scope()} (the chosen
 * account and region), {@code json(targetPrefix, signingName, operation, input)} for AWS JSON calls,
 * {@code query(signingName, action, parameters)} for AWS query calls (it resolves to the response's XML
 * document), {@code view(name, parameters)} (the service's {@link ConsoleView} of that name, as JSON),
 * {@code on(kind, refresh, matches)} (runs {@code refresh()} when the service publishes a {@link ConsoleEvents}
 * notice of that kind whose name {@code matches}, optional; bursts run it once, and leaving the page drops it),
 * {@code route} (the parts of the console's address after the service's name) and {@code link(...parts)} (an
 * address within the page). A page talks to its service only through its AWS API, like any client, and polls
 * nothing: it reads again what a notice says changed.
 */
public interface ConsolePage {

    /** The {@link ServiceDescriptor#name() name} of the service the page belongs to, e.g. {@code sqs}. */
    String service();

    /** The page's name in the console's navigation, e.g. {@code SQS}. */
    String title();

    /** The folder of the page's files inside the jar, e.g. {@code dev/stratus/sqs/console}. */
    String assets();
}
