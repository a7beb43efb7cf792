package dev.stratus.lambda.runtime.environment;

/** How an execution environment came to be, as {@code AWS_LAMBDA_INITIALIZATION_TYPE} tells the function. */
public enum Initialization {
    /** Started for an invocation that found no warm environment. */
    ON_DEMAND("on-demand"),
    /** Started ahead, for an alias or version with provisioned concurrency. */
    PROVISIONED("provisioned-concurrency");

    private final String variable;

    Initialization(String variable) {
        this.variable = variable;
    }

    /** The value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}. */
    String variable() {
        return variable;
    }
}
