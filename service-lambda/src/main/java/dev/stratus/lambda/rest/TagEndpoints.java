package dev.stratus.lambda.rest;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.function.FunctionTags;
import dev.stratus.lambda.tags.ResourceTags;
import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TagResource, UntagResource and ListTags: on function ARNs (tags kept with the function), and on the ARNs of the
 * other taggable resources (event source mappings, code signing configs) kept in {@link ResourceTags}.
 */
@Singleton
public class TagEndpoints implements LambdaRoutes {

    private static final String TAGS = "/2017-03-31/tags/{Resource}";
    private static final String TAGGABLE = "arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:"
            + "(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|"
            + "event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
            + "capacity-provider:[a-zA-Z0-9-_]+)";

    private final FunctionTags functionTags;
    private final ResourceTags resourceTags;
    private final Set<TaggableResource> taggables;
    private final FunctionJson json;

    @Inject
    public TagEndpoints(FunctionTags functionTags, ResourceTags resourceTags, Set<TaggableResource> taggables,
                        FunctionJson json) {
        this.functionTags = functionTags;
        this.resourceTags = resourceTags;
        this.taggables = taggables;
        this.json = json;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("GET", TAGS, "ListTags", this::listTags)
                .route("POST", TAGS, "TagResource", this::tagResource)
                .route("DELETE", TAGS, "UntagResource", this::untagResource);
    }

    private ServiceResponse listTags(RestRequest request) {
        String arn = resource(request);
        Map<String, String> tags = isFunction(arn) ? functionTags.list(FunctionLocator.fromArn(arn)) : resourceTags.list(arn);
        return request.respond(200, json.tags(tags));
    }

    private ServiceResponse tagResource(RestRequest request) {
        Map<String, String> newTags = JsonMembers.stringMap(request.json(), "Tags");
        if (newTags == null) {
            throw LambdaErrors.validation("null", "tags", "Member must not be null");
        }
        String arn = resource(request);
        if (isFunction(arn)) {
            functionTags.tag(FunctionLocator.fromArn(arn), newTags);
        } else {
            resourceTags.tag(arn, newTags);
        }
        return ServiceResponse.empty(204);
    }

    private ServiceResponse untagResource(RestRequest request) {
        List<String> keys = request.raw().query().getOrDefault("tagKeys", List.of());
        if (keys.isEmpty()) {
            throw LambdaErrors.validation("null", "tagKeys", "Member must not be null");
        }
        String arn = resource(request);
        if (isFunction(arn)) {
            functionTags.untag(FunctionLocator.fromArn(arn), keys);
        } else {
            resourceTags.untag(arn, keys);
        }
        return ServiceResponse.empty(204);
    }

    /** The resource's ARN, once it is known to name an existing resource of the caller's region. */
    private String resource(RestRequest request) {
        String resource = request.pathParam("Resource");
        if (!resource.matches(TAGGABLE)) {
            throw LambdaErrors.validation("'" + resource + "'", "resource",
                    "Member must satisfy regular expression pattern: " + TAGGABLE);
        }
        String[] parts = resource.split(":", 7);
        String region = parts[3];
        if (!region.equals(request.context().region())) {
            throw LambdaErrors.otherRegion(region, request.context().region());
        }
        if (!isFunction(resource)) {
            TaggableResource type = taggables.stream().filter(taggable -> taggable.arnType().equals(parts[5]))
                    .findFirst().orElseThrow(() -> LambdaErrors.resourceNotFound());
            type.requireExists(request.context(), resource);
        }
        return resource;
    }

    private static boolean isFunction(String arn) {
        return arn.contains(":function:");
    }
}
