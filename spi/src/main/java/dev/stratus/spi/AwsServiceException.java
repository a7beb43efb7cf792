package dev.stratus.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request AWS would refuse, with the error code, message and HTTP status AWS gives.
 *
 * <p>Create it where the mistake is found, with AWS's wording. {@code namespace} is the prefix of the JSON
 * protocols' {@code __type} (for example {@code com.amazonaws.dynamodb.v20120810}); {@code fields} are extra
 * members of the error body some errors carry (DynamoDB's {@code Item}, {@code CancellationReasons}).
 */
public class AwsServiceException extends RuntimeException {

    private final String errorCode;
    private final int httpStatus;
    private final Fault fault;
    private final String namespace;
    private final Map<String, Object> fields;

    public AwsServiceException(String errorCode, String message, int httpStatus) {
        this(errorCode, message, httpStatus, httpStatus >= 500 ? Fault.RECEIVER : Fault.SENDER, null, Map.of());
    }

    public AwsServiceException(String errorCode, String message, int httpStatus, Fault fault,
                               String namespace, Map<String, Object> fields) {
        super(message, null, false, false);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.httpStatus = httpStatus;
        this.fault = Objects.requireNonNull(fault, "fault");
        this.namespace = namespace;
        this.fields = Map.copyOf(fields);
    }

    public String errorCode() {
        return errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public Fault fault() {
        return fault;
    }

    /** The {@code __type} namespace, or {@code null} to let the protocol helper use the service's default. */
    public String namespace() {
        return namespace;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public AwsServiceException inNamespace(String newNamespace) {
        return new AwsServiceException(errorCode, getMessage(), httpStatus, fault, newNamespace, fields);
    }

    public AwsServiceException withField(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new AwsServiceException(errorCode, getMessage(), httpStatus, fault, namespace, more);
    }

    /** Whose fault: the caller's (4xx) or the service's (5xx). */
    public enum Fault { SENDER, RECEIVER }
}
