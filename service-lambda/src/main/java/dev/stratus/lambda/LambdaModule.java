package dev.stratus.lambda;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.stratus.events.api.EventBindings;
import dev.stratus.events.api.EventDestination;
import dev.stratus.lambda.capacity.CapacityProviders;
import dev.stratus.lambda.cleanup.UnusedCodeCollector;
import dev.stratus.lambda.esm.EventSourceMappingModule;
import dev.stratus.lambda.esm.EventSourceMappingRoutes;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.lambda.invoke.async.AsyncInvocations;
import dev.stratus.lambda.invoke.async.EventInvokeConfigEndpoints;
import dev.stratus.lambda.invoke.async.FunctionDestination;
import dev.stratus.lambda.invoke.LocalFunctionDirectory;
import dev.stratus.lambda.invoke.ResponseStreams;
import dev.stratus.lambda.layer.LayerEndpoints;
import dev.stratus.lambda.rest.AliasEndpoints;
import dev.stratus.lambda.rest.CapacityProviderEndpoints;
import dev.stratus.lambda.rest.CodeDownloadEndpoint;
import dev.stratus.lambda.rest.CodeSigningEndpoints;
import dev.stratus.lambda.rest.ConcurrencyEndpoints;
import dev.stratus.lambda.rest.DurableExecutionEndpoints;
import dev.stratus.lambda.rest.FunctionEndpoints;
import dev.stratus.lambda.rest.FunctionSettingsEndpoints;
import dev.stratus.lambda.rest.InvokeEndpoints;
import dev.stratus.lambda.rest.LambdaApi;
import dev.stratus.lambda.rest.PolicyEndpoints;
import dev.stratus.lambda.rest.ProvisionedConcurrencyEndpoints;
import dev.stratus.lambda.rest.TagEndpoints;
import dev.stratus.lambda.runtime.RuntimeModule;
import dev.stratus.lambda.settings.ProvisionedConcurrency;
import dev.stratus.lambda.signing.CodeSigningConfigs;
import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.lambda.url.FunctionUrlEndpoints;
import dev.stratus.lambda.url.FunctionUrlRequests;
import dev.stratus.spi.ServiceBindings;
import jakarta.inject.Singleton;

/**
 * The Lambda service's bindings: its API, the runtime, its function directory, the queue of Event invocations
 * and the destinations of their records (a service that holds queues or topics adds its own {@link EventDestination}).
 */
public class LambdaModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new RuntimeModule());
        ServiceBindings.handler(binder(), LambdaPlugin.NAME, LambdaApi.class);
        ServiceBindings.lifecycle(binder(), AsyncInvocations.class);
        ServiceBindings.lifecycle(binder(), ProvisionedConcurrency.class);
        ServiceBindings.lifecycle(binder(), UnusedCodeCollector.class);
        ServiceBindings.lifecycle(binder(), ResponseStreams.class);
        EventBindings.eventDestination(binder(), FunctionDestination.class);
        bind(FunctionDirectory.class).to(LocalFunctionDirectory.class).in(Singleton.class);
        Multibinder<LambdaRoutes> routes = Multibinder.newSetBinder(binder(), LambdaRoutes.class);
        routes.addBinding().to(FunctionEndpoints.class);
        routes.addBinding().to(AliasEndpoints.class);
        routes.addBinding().to(InvokeEndpoints.class);
        routes.addBinding().to(TagEndpoints.class);
        routes.addBinding().to(ConcurrencyEndpoints.class);
        routes.addBinding().to(CodeDownloadEndpoint.class);
        routes.addBinding().to(PolicyEndpoints.class);
        routes.addBinding().to(CodeSigningEndpoints.class);
        routes.addBinding().to(ProvisionedConcurrencyEndpoints.class);
        routes.addBinding().to(FunctionSettingsEndpoints.class);
        routes.addBinding().to(CapacityProviderEndpoints.class);
        routes.addBinding().to(DurableExecutionEndpoints.class);
        routes.addBinding().to(FunctionUrlEndpoints.class);
        routes.addBinding().to(FunctionUrlRequests.class);
        Multibinder<TaggableResource> taggables = Multibinder.newSetBinder(binder(), TaggableResource.class);
        taggables.addBinding().to(CodeSigningConfigs.class);
        taggables.addBinding().to(CapacityProviders.class);
        routes.addBinding().to(LayerEndpoints.class);
        routes.addBinding().to(EventInvokeConfigEndpoints.class);
        install(new EventSourceMappingModule());
        routes.addBinding().to(EventSourceMappingRoutes.class);
    }
}
