package dev.example.hello;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.spi.Setting;
import java.util.List;
import java.util.Set;

/** Plugs the Hello service into Stratus: found by ServiceLoader in a jar dropped into {@code plugins/}. */
public final class HelloPlugin implements ServicePlugin {

    static final String NAME = "hello";
    static final String GREETING_SETTING = "hello.greeting";

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor(NAME, NAME, Protocol.AWS_JSON_1_1, List.of(HelloHandler.TARGET_PREFIX), List.of(),
                Set.of(), List.of(new Setting(GREETING_SETTING, Setting.Type.STRING, "Hello",
                        "The word the Hello example service greets with.")));
    }

    @Override
    public Module module() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                ServiceBindings.handler(binder(), NAME, HelloHandler.class);
            }
        };
    }
}
