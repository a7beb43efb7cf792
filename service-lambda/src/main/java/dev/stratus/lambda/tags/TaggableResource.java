package dev.stratus.lambda.tags;

import dev.stratus.spi.RequestContext;

/**
 * A kind of Lambda resource whose tags live in {@link ResourceTags}: bound in the {@code TaggableResource}
 * multibinder, it lets TagResource, UntagResource and ListTags find out whether an ARN names one.
 */
public interface TaggableResource {

    /** The resource type as the ARN spells it, e.g. {@code event-source-mapping}. */
    String arnType();

    /** Throws the error AWS answers when the resource {@code arn} names does not exist for the caller. */
    void requireExists(RequestContext context, String arn);
}
