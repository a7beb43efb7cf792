package dev.stratus.sns.console;

import dev.stratus.spi.ConsolePage;

/** SNS's page in the web console, its files in this jar; it reads and writes through SNS's API only. */
public final class SnsConsolePage implements ConsolePage {

    @Override
    public String service() {
        return "sns";
    }

    @Override
    public String title() {
        return "SNS";
    }

    @Override
    public String assets() {
        return "dev/stratus/sns/console";
    }
}
