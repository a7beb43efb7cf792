package dev.stratus.sqs.console;

import dev.stratus.spi.ConsolePage;

/** SQS's page in the web console, its files in this jar; it reads and writes through SQS's API only. */
public final class SqsConsolePage implements ConsolePage {

    @Override
    public String service() {
        return "sqs";
    }

    @Override
    public String title() {
        return "SQS";
    }

    @Override
    public String assets() {
        return "dev/stratus/sqs/console";
    }
}
