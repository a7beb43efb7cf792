package dev.stratus.distribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built distribution for a test class: its tests and {@code @BeforeAll} methods take an
 * {@link InstalledStratus} parameter (the tarball unpacked once for the class, to start {@code bin/stratus}
 * themselves) or a {@link RunningStratus} parameter (one {@code bin/stratus --port <free port> <args>} for the
 * whole class, started when first asked for). Both are cleaned up after the class.
 *
 * <pre>{@code
 * @InstalledDistribution(args = {"--auth", "sigv4"})
 * class SignedCallsIT {
 *     @Test
 *     void listsTables(RunningStratus stratus) throws Exception {
 *         JsonNode tables = stratus.awsJson("dynamodb", "list-tables");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DistributionExtension.class)
@interface InstalledDistribution {

    /** More arguments of the class's running {@code bin/stratus}, after {@code --port}. */
    String[] args() default {};
}
