package dev.stratus.lambda.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaErrors;
import dev.stratus.lambda.LambdaRoutes;
import dev.stratus.lambda.code.CodeLimits;
import dev.stratus.lambda.function.FunctionSnapshot;
import dev.stratus.lambda.function.Functions;
import dev.stratus.lambda.function.ReservedConcurrency;
import dev.stratus.spi.RequestContext;
import dev.stratus.spi.ServiceResponse;
import dev.stratus.spi.protocol.RestJsonHandler;
import dev.stratus.spi.protocol.RestRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** Reserved concurrency of functions, and the account's limits and usage (GetAccountSettings). */
@Singleton
public class ConcurrencyEndpoints implements LambdaRoutes {

    /** 75 GB: the code storage of an account. */
    private static final long TOTAL_CODE_SIZE = 80_530_636_800L;

    private final ReservedConcurrency concurrency;
    private final Functions functions;

    @Inject
    public ConcurrencyEndpoints(ReservedConcurrency concurrency, Functions functions) {
        this.concurrency = concurrency;
        this.functions = functions;
    }

    @Override
    public void addTo(RestJsonHandler.Builder routes) {
        routes.route("PUT", "/2017-10-31/functions/{FunctionName}/concurrency", "PutFunctionConcurrency", this::put)
                .route("DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", "DeleteFunctionConcurrency", this::delete)
                .route("GET", "/2019-09-30/functions/{FunctionName}/concurrency", "GetFunctionConcurrency", this::get)
                .route("GET", "/2016-08-19/account-settings", "GetAccountSettings", this::accountSettings);
    }

    private ServiceResponse put(RestRequest request) {
        Integer reserved = JsonMembers.integer(request.json(), "ReservedConcurrentExecutions");
        if (reserved == null) {
            throw LambdaErrors.validation("null", "reservedConcurrentExecutions", "Member must not be null");
        }
        int stored = concurrency.put(FunctionEndpoints.target(request), reserved);
        return request.respond(200, request.mapper().createObjectNode().put("ReservedConcurrentExecutions", stored));
    }

    private ServiceResponse delete(RestRequest request) {
        concurrency.delete(FunctionEndpoints.target(request));
        return ServiceResponse.empty(204);
    }

    private ServiceResponse get(RestRequest request) {
        ObjectNode response = request.mapper().createObjectNode();
        concurrency.get(FunctionEndpoints.target(request))
                .ifPresent(reserved -> response.put("ReservedConcurrentExecutions", reserved));
        return request.respond(200, response);
    }

    private ServiceResponse accountSettings(RestRequest request) {
        RequestContext context = request.context();
        List<FunctionSnapshot> latest = functions.list(context.accountId(), context.region());
        long codeSize = latest.stream()
                .flatMap(function -> functions.versions(function.arn()).stream())
                .mapToLong(version -> version.version().codeSize())
                .sum();
        ObjectNode response = request.mapper().createObjectNode();
        ObjectNode limit = response.putObject("AccountLimit");
        limit.put("TotalCodeSize", TOTAL_CODE_SIZE);
        limit.put("CodeSizeUnzipped", CodeLimits.MAX_UNZIPPED_BYTES);
        limit.put("CodeSizeZipped", CodeLimits.MAX_ZIPPED_BYTES);
        limit.put("ConcurrentExecutions", ReservedConcurrency.ACCOUNT_LIMIT);
        limit.put("UnreservedConcurrentExecutions",
                ReservedConcurrency.ACCOUNT_LIMIT - concurrency.reservedInAccount(context.accountId(), context.region()));
        ObjectNode usage = response.putObject("AccountUsage");
        usage.put("TotalCodeSize", codeSize);
        usage.put("FunctionCount", latest.size());
        return request.respond(200, response);
    }
}
