package dev.stratus.sns;

import com.google.inject.Module;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import java.util.List;
import java.util.Set;

/**
 * Amazon SNS, built against the SPI only and shipped as a plugin jar: topics (standard and FIFO), subscriptions
 * with filter policies, and publishing, delivered to the queues of the SQS plugin when it runs in the same server.
 */
public final class SnsPlugin implements ServicePlugin {

    public static final String NAME = "sns";

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor(NAME, NAME, Protocol.AWS_QUERY, List.of(), List.of(), Set.of(), List.of())
                .withQueryApi("2010-03-31", "http://sns.amazonaws.com/doc/2010-03-31/");
    }

    @Override
    public Module module() {
        return new SnsModule();
    }
}
