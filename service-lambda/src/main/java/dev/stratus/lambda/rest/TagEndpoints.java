package dev.stratus.lambda.rest;

import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.function.FunctionArn;
import dev.stratus.lambda.function.FunctionLocator;
import dev.stratus.lambda.function.FunctionTags;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTags on function ARNs. */
@Singleton
public class TagEndpoints implements LambdaRoutes {

    private static final String TAGS = "/2017-03-31/tags/{Resource}";
    private static final String TAGGABLE = "arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:"
            + "(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|"
            + "event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
            + "capacity-provider:[a-zA-Z0-9-_]+)";

    private final FunctionTags tags;
    private final FunctionJson json;

    @Inject
    public TagEndpoints(FunctionTags tags, FunctionJson json) {
        this.tags = tags;
        this.json = json;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("GET", TAGS, "ListTags", this::listTags)
                .route("POST", TAGS, "TagResource", this::tagResource)
                .route("DELETE", TAGS, "UntagResource", this::untagResource);
    }

    private ServiceResponse listTags(RestRequest request) {
        return request.respond(200, json.tags(tags.list(resource(request))));
    }

    private ServiceResponse tagResource(RestRequest request) {
        Map<String, String> newTags = JsonMembers.stringMap(request.json(), "Tags");
        if (newTags == null) {
            throw LambdaErrors.validation("null", "tags", "Member must not be null");
        }
        tags.tag(resource(request), newTags);
        return ServiceResponse.empty(204);
    }

    private ServiceResponse untagResource(RestRequest request) {
        List<String> keys = request.raw().query().getOrDefault("tagKeys", List.of());
        if (keys.isEmpty()) {
            throw LambdaErrors.validation("null", "tagKeys", "Member must not be null");
        }
        tags.untag(resource(request), keys);
        return ServiceResponse.empty(204);
    }

    private static FunctionArn resource(RestRequest request) {
        String resource = request.pathParam("Resource");
        if (!resource.matches(TAGGABLE) || !resource.contains(":function:")) {
            throw LambdaErrors.validation("'" + resource + "'", "resource",
                    "Member must satisfy regular expression pattern: " + TAGGABLE);
        }
        FunctionArn arn = FunctionLocator.fromArn(resource);
        if (!arn.region().equals(request.context().region())) {
            throw LambdaErrors.otherRegion(arn.region(), request.context().region());
        }
        return arn;
    }
}
