package dev.stratus.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of DESIGN.md: services never import the gateway or each other's internals; the SPI imports nothing of ours. */
class ArchitectureTest {

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
                .should().dependOnClassesThat().resideInAnyPackage("dev.stratus.gateway..", "dev.stratus.dynamodb..",
                        "dev.stratus.streams..", "dev.stratus.lambda..", "dev.stratus.testkit.."));
    }

    @Test
    void noServiceImportsTheGateway() {
        assertHolds(noClasses().that().resideInAnyPackage("dev.stratus.dynamodb..", "dev.stratus.streams..", "dev.stratus.lambda..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stratus.gateway..", "dev.stratus.testkit..",
                        "org.eclipse.jetty.."));
    }

    @Test
    void streamsSeesOnlyTheApiOfDynamoDb() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.streams..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "DynamoDB classes outside dev.stratus.dynamodb.api",
                        c -> c.getPackageName().startsWith("dev.stratus.dynamodb")
                                && !c.getPackageName().equals("dev.stratus.dynamodb.api"))));
    }

    @Test
    void lambdaSeesOnlyTheApiOfStreamsAndNothingOfDynamoDb() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.lambda..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Streams classes outside dev.stratus.streams.api, or DynamoDB classes",
                        c -> (c.getPackageName().startsWith("dev.stratus.streams")
                                && !c.getPackageName().equals("dev.stratus.streams.api"))
                                || c.getPackageName().startsWith("dev.stratus.dynamodb"))));
    }

    @Test
    void dynamoDbDependsOnNoOtherService() {
        assertHolds(noClasses().that().resideInAPackage("dev.stratus.dynamodb..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stratus.streams..", "dev.stratus.lambda.."));
    }
}
