package dev.stratus.lambda.capacity;

import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;

/** Capacity providers carry tags, addressed by their ARN. */
public final class CapacityProviderTagging implements TaggableResource {

    private final CapacityProviders providers;

    @Inject
    public CapacityProviderTagging(CapacityProviders providers) {
        this.providers = providers;
    }

    @Override
    public String arnType() {
        return "capacity-provider";
    }

    @Override
    public void requireExists(RequestContext context, String arn) {
        providers.get(context, arn);
    }
}
