package dev.stratus.lambda.runtime.environment;

import dev.stratus.lambda.runtime.FunctionSpec;
import dev.stratus.spi.CodeOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one function's log lines go: the server log, under {@link EnvironmentFactory#FUNCTION_LOGGER_PREFIX} and
 * the function's name, each line prefixed with the name and request id; and the platform's {@link CodeOutput}.
 */
public final class FunctionLog {

    private final String accountId;
    private final String region;
    private final String functionName;
    private final Logger logger;
    private final CodeOutput codeOutput;

    public FunctionLog(String accountId, String region, String functionName, CodeOutput codeOutput) {
        this.accountId = accountId;
        this.region = region;
        this.functionName = functionName;
        this.logger = LoggerFactory.getLogger(EnvironmentFactory.FUNCTION_LOGGER_PREFIX + functionName);
        this.codeOutput = codeOutput;
    }

    static FunctionLog of(FunctionSpec function, CodeOutput codeOutput) {
        return new FunctionLog(function.accountId(), function.region(), function.functionName(), codeOutput);
    }

    /** Writes one line printed for {@code requestId} ({@code null}: outside any invocation). */
    void line(String requestId, String text) {
        logger.info("[{}] [{}] {}", functionName, requestId == null ? "-" : requestId, text);
        codeOutput.line(new CodeOutput.Line(accountId, region, functionName, requestId, text));
    }
}
