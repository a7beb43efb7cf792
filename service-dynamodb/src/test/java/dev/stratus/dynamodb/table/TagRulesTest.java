package dev.stratus.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** Tags AWS refuses: reserved prefix, characters outside its set, duplicate keys; nothing of a refused call is kept. */
@ExtendWith(StratusExtension.class)
class TagRulesTest {

    private static String arn;

    @BeforeAll
    static void createTable(DynamoDbClient dynamo) {
        arn = dynamo.createTable(TableLifecycleTest.onDemandTable("Labelled").build()).tableDescription().tableArn();
    }

    static void assertValidation(String message, Executable request) {
        DynamoDbException error = assertThrows(DynamoDbException.class, request);
        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals(message, error.awsErrorDetails().errorMessage());
    }

    static Map<String, String> tags(DynamoDbClient dynamo) {
        return dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    @Test
    void tagsWithLettersOfAnyScriptAndAllowedPunctuationAreKept(DynamoDbClient dynamo) {
        dynamo.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("ключ café").value("a+b-c=d.e_f:g/h@i")));

        assertEquals("a+b-c=d.e_f:g/h@i", tags(dynamo).get("ключ café"));
    }

    @Test
    void reservedPrefixIsRefusedAndNoTagOfTheCallIsKept(DynamoDbClient dynamo) {
        assertValidation("Tag Key cannot be prefixed with aws:, Key: aws:zzz", () -> dynamo.tagResource(b -> b
                .resourceArn(arn).tags(t -> t.key("good").value("1"), t -> t.key("aws:zzz").value("2"))));

        assertFalse(tags(dynamo).containsKey("good"));
    }

    @Test
    void forbiddenCharactersAreRefused(DynamoDbClient dynamo) {
        assertValidation("The Tag Key provided is invalid, Key: a#b",
                () -> dynamo.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("a#b").value("v"))));
        assertValidation("The Tag Value provided is invalid, Value: 100%",
                () -> dynamo.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("k").value("100%"))));
        assertValidation("The Tag Key provided is invalid, Key: a|b",
                () -> dynamo.untagResource(b -> b.resourceArn(arn).tagKeys("a|b")));
    }

    @Test
    void duplicateKeysInOneCallAreRefused(DynamoDbClient dynamo) {
        assertValidation("Duplicate Tag Keys provided as input: Duplicate Tag Key found dup", () -> dynamo
                .tagResource(b -> b.resourceArn(arn).tags(t -> t.key("dup").value("1"), t -> t.key("dup").value("2"))));

        assertFalse(tags(dynamo).containsKey("dup"));
    }

    @Test
    void moreThanFiftyTagsOnATableAreRefusedAndNoneOfTheCallIsKept(DynamoDbClient dynamo) {
        dynamo.tagResource(b -> b.resourceArn(arn).tags(IntStream.range(0, 49)
                .mapToObj(i -> Tag.builder().key("many-" + i).value("v").build()).toList()));

        assertValidation("Number of Tags exceed the current limit for the provided ResourceArn", () -> dynamo
                .tagResource(b -> b.resourceArn(arn).tags(t -> t.key("many-49").value("v"),
                        t -> t.key("many-50").value("v"), t -> t.key("many-51").value("v"))));

        assertFalse(tags(dynamo).containsKey("many-49"));
        dynamo.untagResource(b -> b.resourceArn(arn).tagKeys(IntStream.range(0, 49)
                .mapToObj(i -> "many-" + i).toList()));
    }

    @Test
    void aMalformedArnIsRefusedByEveryTagOperation(DynamoDbClient dynamo) {
        assertValidation("One or more parameter values were invalid: ARNs must start with 'arn:': Labelled",
                () -> dynamo.listTagsOfResource(b -> b.resourceArn("Labelled")));
        assertValidation("One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: "
                + "arn:aws:sqs:us-east-1:000000000000:Labelled",
                () -> dynamo.tagResource(b -> b.resourceArn("arn:aws:sqs:us-east-1:000000000000:Labelled")
                        .tags(t -> t.key("k").value("v"))));
        assertValidation("One or more parameter values were invalid: Invalid resource arn provided, only table or "
                + "stream is accepted. Provided resource arn: " + arn + "/index/byName",
                () -> dynamo.untagResource(b -> b.resourceArn(arn + "/index/byName").tagKeys("k")));
    }

    @Test
    void tagsOfATableThatDoesNotExistAreNotFound(DynamoDbClient dynamo) {
        String missing = arn.replace("table/Labelled", "table/Missing");
        String message = "Requested resource not found: ResourceArn: " + missing + " not found";

        assertNotFound(message, () -> dynamo.listTagsOfResource(b -> b.resourceArn(missing)));
        assertNotFound(message, () -> dynamo.tagResource(b -> b.resourceArn(missing)
                .tags(t -> t.key("k").value("v"))));
        assertNotFound(message, () -> dynamo.untagResource(b -> b.resourceArn(missing).tagKeys("k")));
    }

    private static void assertNotFound(String message, Executable request) {
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class, request);
        assertEquals(message, error.awsErrorDetails().errorMessage());
    }
}
