package dev.stratus.lambda.esm;

import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;

/** Event source mappings carry tags, addressed by {@code arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid>}. */
final class MappingTagging implements TaggableResource {

    private final EventSourceMappings mappings;

    @Inject
    MappingTagging(EventSourceMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public String arnType() {
        return "event-source-mapping";
    }

    @Override
    public void requireExists(RequestContext context, String arn) {
        mappings.get(context, arn.substring(arn.lastIndexOf(':') + 1));
    }
}
