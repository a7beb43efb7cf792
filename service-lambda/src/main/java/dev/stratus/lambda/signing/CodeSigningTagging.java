package dev.stratus.lambda.signing;

import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.RequestContext;
import jakarta.inject.Inject;

/** Code signing configs carry tags, addressed by their ARN. */
public final class CodeSigningTagging implements TaggableResource {

    private final CodeSigningConfigs configs;

    @Inject
    public CodeSigningTagging(CodeSigningConfigs configs) {
        this.configs = configs;
    }

    @Override
    public String arnType() {
        return "code-signing-config";
    }

    @Override
    public void requireExists(RequestContext context, String arn) {
        configs.get(context, arn);
    }
}
