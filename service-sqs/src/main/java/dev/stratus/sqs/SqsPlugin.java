package dev.stratus.sqs;

import com.google.inject.Module;
import dev.stratus.sqs.api.SqsHandler;
import dev.stratus.sqs.queue.QueueUrls;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.spi.Setting;
import java.util.List;
import java.util.Set;

/**
 * Amazon SQS, built against the SPI only and shipped as a plugin jar: queues (standard and FIFO), messages with
 * visibility, delays, long polling, dead-letter redrive and move tasks, in the JSON and the query protocol.
 */
public final class SqsPlugin implements ServicePlugin {

    public static final String NAME = "sqs";

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor(NAME, NAME, Protocol.AWS_JSON_1_0, List.of(SqsHandler.TARGET_PREFIX), List.of(),
                Set.of(), List.of(new Setting(QueueUrls.STYLE_SETTING, Setting.Type.STRING, "path",
                        "How queue URLs look: path (http://<host>:<port>/<account>/<queue>) or domain "
                                + "(http://sqs.<region>.localhost:<port>/<account>/<queue>).")))
                .withQueryApi("2012-11-05", "http://queue.amazonaws.com/doc/2012-11-05/");
    }

    @Override
    public Module module() {
        return new SqsModule();
    }
}
