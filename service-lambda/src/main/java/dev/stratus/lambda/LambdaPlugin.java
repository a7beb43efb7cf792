package dev.stratus.lambda;

import com.google.inject.Module;
import dev.stratus.lambda.esm.EventSourceMappingModule;
import dev.stratus.lambda.invoke.async.AsyncInvocations;
import dev.stratus.lambda.runtime.RuntimeModule;
import dev.stratus.lambda.url.FunctionUrlRequests;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import dev.stratus.spi.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** AWS Lambda: functions, versions, aliases and their invocation, run as local processes. */
public class LambdaPlugin implements ServicePlugin {

    public static final String NAME = "lambda";

    /** Every path prefix of the Lambda API (one per API date in the model), Stratus's code downloads and function URLs' path form. */
    static final List<String> PATH_PREFIXES = List.of("/2014-11-13/", "/2015-03-31/", "/2016-08-19/", "/2017-03-31/",
            "/2017-10-31/", "/2018-10-31/", "/2019-09-25/", "/2019-09-30/", "/2020-04-22/", "/2020-06-30/",
            "/2021-07-20/", "/2021-10-31/", "/2021-11-15/", "/2024-08-31/", "/2025-11-30/", "/2025-12-01/",
            "/lambda-code/", FunctionUrlRequests.PREFIX);

    @Override
    public ServiceDescriptor descriptor() {
        List<Setting> settings = new ArrayList<>(RuntimeModule.settings());
        settings.add(new Setting(AsyncInvocations.RETRY_DELAY_SETTING, Setting.Type.DURATION, "1m",
                "How long a failed Event invocation waits before its first retry; the second waits twice as long."));
        settings.addAll(EventSourceMappingModule.settings());
        return new ServiceDescriptor(NAME, NAME, Protocol.REST_JSON, List.of(), PATH_PREFIXES, Set.of(), settings);
    }

    @Override
    public Module module() {
        return new LambdaModule();
    }
}
