package dev.stratus.gateway.config;

import dev.stratus.spi.Setting;
import java.util.List;

/** The settings of the platform itself; services declare theirs in their descriptors. */
public final class PlatformSettings {

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String SERVICES = "services";
    public static final String PLUGINS_DIR = "plugins-dir";
    public static final String LOG_LEVEL = "log-level";
    public static final String WORK_DIR = "work-dir";
    public static final String DATA_DIR = "data-dir";
    public static final String FSYNC = "fsync";
    public static final String DEFAULT_REGION = "default-region";
    public static final String CORS_ALLOWED_ORIGINS = "cors.allowed-origins";
    public static final String MAX_REQUEST_BYTES = "max-request-bytes";
    public static final String INIT_DIR = "init-dir";
    public static final String AUTH = "auth";
    public static final String AUTH_CREDENTIALS = "auth.credentials";

    public static final List<Setting> ALL = List.of(
            new Setting(HOST, Setting.Type.STRING, "127.0.0.1",
                    "Address to listen on; loopback by default, 0.0.0.0 listens on every interface."),
            new Setting(PORT, Setting.Type.INTEGER, "4566", "Port to listen on; 0 picks a free one."),
            new Setting(SERVICES, Setting.Type.STRING, "",
                    "Comma-separated services to start (e.g. dynamodb,lambda); empty starts every service found."),
            new Setting(PLUGINS_DIR, Setting.Type.PATH, null,
                    "Directory of third-party plugin jars, each loaded in its own class loader."),
            new Setting(LOG_LEVEL, Setting.Type.STRING, "INFO", "Root log level: ERROR, WARN, INFO, DEBUG or TRACE."),
            new Setting(DATA_DIR, Setting.Type.PATH, null,
                    "Directory where Stratus keeps its state across restarts; everything stays in memory when unset."),
            new Setting(FSYNC, Setting.Type.BOOLEAN, "false",
                    "With a data directory: sync every write to disk (survives power loss) instead of leaving it to the "
                            + "OS (survives a crash of Stratus, not of the machine)."),
            new Setting(WORK_DIR, Setting.Type.PATH, null,
                    "Directory for working files (unpacked function code, caches); a temporary one when unset."),
            new Setting(DEFAULT_REGION, Setting.Type.STRING, "us-east-1",
                    "Region of requests whose signature names none."),
            new Setting(CORS_ALLOWED_ORIGINS, Setting.Type.STRING, "*",
                    "Origins browsers may call from: * for any, or a comma-separated list."),
            new Setting(MAX_REQUEST_BYTES, Setting.Type.INTEGER, "134217728",
                    "Largest request body accepted, in bytes, before a service sees it."),
            new Setting(INIT_DIR, Setting.Type.PATH, null,
                    "Directory of executable scripts run in name order once Stratus answers requests (bin/stratus: "
                            + "conf/init/ready.d when unset)."),
            new Setting(AUTH, Setting.Type.STRING, "none",
                    "Request authentication: none (signatures are not checked but for AWS_IAM function URLs) or sigv4 "
                            + "(every request must carry a valid AWS Signature Version 4 made with one of auth.credentials)."),
            new Setting(AUTH_CREDENTIALS, Setting.Type.STRING, "test:test",
                    "The credentials Stratus knows, as comma-separated ACCESS_KEY:SECRET_KEY pairs: with auth=sigv4 for "
                            + "every request, else for requests to AWS_IAM function URLs."));

    private PlatformSettings() {
    }
}
