package dev.stratus.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md, second to the module dependencies that already enforce them: services never import
 * the gateway, a storage engine or another service's internals; Lambda sees no other service at all, only the
 * events contract; contracts and engines import only the SPI, the plugins shipped in plugins/ (SQS, SNS) only the SPI and
 * the events contract; the SPI imports nothing of ours; DynamoDB's engine knows nothing of JSON.
 */
class ArchitectureTest {

    private static final String[] SERVICES = {"dev.stratus.dynamodb..", "dev.stratus.streams..", "dev.stratus.lambda..",
            "dev.stratus.sqs..", "dev.stratus.sns.."};
    /** The packages of DynamoDB's engine that take typed requests; JSON is the request layer's alone. */
    private static final String[] JACKSON_FREE_DYNAMODB_ENGINE = {"dev.stratus.dynamodb.batch..",
            "dev.stratus.dynamodb.capacity..", "dev.stratus.dynamodb.expression..", "dev.stratus.dynamodb.item..",
            "dev.stratus.dynamodb.legacy..", "dev.stratus.dynamodb.query..", "dev.stratus.dynamodb.transaction..",
            "dev.stratus.dynamodb.table..", "dev.stratus.dynamodb.backup..", "dev.stratus.dynamodb.recovery..", "dev.stratus.dynamodb.policy..",
            "dev.stratus.dynamodb.insights..", "dev.stratus.dynamodb.kinesis..", "dev.stratus.dynamodb.global..",
            "dev.stratus.dynamodb.transfer..", "dev.stratus.dynamodb.partiql.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.stratus");
    }

    /** Fails listing every dependency that breaks the rule. */
    private static void assertHolds(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void theSpiDependsOnNothingOfOurs() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.spi..")
                .should().dependOnClassesThat(ours().and(outside("dev.stratus.spi"))));
    }

    @Test
    void contractsAndStorageEnginesDependOnlyOnTheSpi() {
        for (String module : new String[] {"dev.stratus.dynamodb.api", "dev.stratus.streams.api",
                "dev.stratus.events.api", "dev.stratus.storage.memory", "dev.stratus.storage.rocksdb"}) {
            assertHolds(noClasses().that().resideInAPackage(module + "..")
                    .should().dependOnClassesThat(ours().and(outside("dev.stratus.spi")).and(outside(module))));
        }
    }

    @Test
    void pluginsDependOnlyOnTheSpiAndTheEventsContract() {
        for (String plugin : new String[] {"dev.stratus.sqs", "dev.stratus.sns"}) {
            assertHolds(noClasses().that().resideInAPackage(plugin + "..")
                    .should().dependOnClassesThat(ours().and(outside("dev.stratus.spi"))
                            .and(outside("dev.stratus.events.api")).and(outside(plugin))));
        }
    }

    @Test
    void noServiceImportsTheGatewayOrAStorageEngine() {
        assertHolds(noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage("dev.stratus.gateway..", "dev.stratus.testkit..",
                        "dev.stratus.storage..", "org.eclipse.jetty..", "org.rocksdb.."));
    }

    @Test
    void streamsSeesOnlyTheContractOfDynamoDb() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.streams..")
                .should().dependOnClassesThat(inside("dev.stratus.dynamodb").and(outside("dev.stratus.dynamodb.api"))));
    }

    @Test
    void lambdaSeesItsEventSourcesOnlyThroughTheEventsContract() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.lambda..")
                .should().dependOnClassesThat(inside("dev.stratus.streams").or(inside("dev.stratus.dynamodb"))));
    }

    @Test
    void dynamoDbDependsOnNoOtherService() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.dynamodb..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stratus.streams..", "dev.stratus.lambda.."));
    }

    @Test
    void theDynamoDbEngineImportsNoJackson() {
        assertHolds(noClasses().that().resideInAnyPackage(JACKSON_FREE_DYNAMODB_ENGINE)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.."));
    }

    @Test
    void eachContractLivesInItsOwnModule() {
        assertHolds(classes().that().resideInAPackage("dev.stratus.dynamodb.api..").should(comeFrom("dynamodb-api")));
        assertHolds(classes().that().resideInAPackage("dev.stratus.streams.api..").should(comeFrom("streams-api")));
        assertHolds(classes().that().resideInAPackage("dev.stratus.events.api..").should(comeFrom("events-api")));
    }

    private static DescribedPredicate<JavaClass> ours() {
        return inside("dev.stratus");
    }

    private static DescribedPredicate<JavaClass> inside(String root) {
        return DescribedPredicate.describe("in " + root + "..", c -> c.getPackageName().equals(root)
                || c.getPackageName().startsWith(root + "."));
    }

    private static DescribedPredicate<JavaClass> outside(String root) {
        return DescribedPredicate.not(inside(root));
    }

    private static ArchCondition<JavaClass> comeFrom(String module) {
        return new ArchCondition<>("come from the " + module + " module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String location = item.getSource().map(source -> source.getUri().toString()).orElse("");
                events.add(new SimpleConditionEvent(item, location.contains("/" + module + "/")
                        || location.contains("/stratus-" + module + "-"), item.getName() + " comes from " + location));
            }
        };
    }
}
