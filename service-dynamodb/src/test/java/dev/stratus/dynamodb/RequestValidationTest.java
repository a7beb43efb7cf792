package dev.stratus.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.spi.ServiceResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every operation's input is checked against DynamoDB's API model before anything else, with AWS's wording:
 * one row per constraint of the model, per operation.
 */
class RequestValidationTest {

    private static final DynamoDbEngine ENGINE = new DynamoDbEngine();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CreateTable|{'TableName':'ab','BillingMode':'PAY_PER_REQUEST','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}]}|2 validation errors detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; Value null at 'keySchema' failed to satisfy constraint: Member must not be null
            CreateTable|{}|3 validation errors detected: Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null; Value null at 'tableName' failed to satisfy constraint: Member must not be null; Value null at 'keySchema' failed to satisfy constraint: Member must not be null
            CreateTable|{'TableName':'a!','BillingMode':'PAY_PER_REQUEST','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}]}|2 validation errors detected: Value 'a!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a!' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3
            CreateTable|{'TableName':'Tbl','BillingMode':'PAY_PER_REQUEST','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'X'}],'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}]}|1 validation error detected: Value 'X' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [S, N, B]
            CreateTable|{'TableName':'Tbl','AttributeDefinitions':[{'AttributeName':'id'}],'KeySchema':[{'KeyType':'PRIMARY'}],'ProvisionedThroughput':{'ReadCapacityUnits':0}}|5 validation errors detected: Value null at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must not be null; Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must not be null; Value 'PRIMARY' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]; Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1; Value null at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must not be null
            CreateTable|{'TableName':'Tbl','BillingMode':'FREE','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],'KeySchema':[]}|2 validation errors detected: Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1; Value 'FREE' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]
            CreateTable|{'TableName':'Tbl','BillingMode':'PAY_PER_REQUEST','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'},{'AttributeName':'g','AttributeType':'S'}],'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],'GlobalSecondaryIndexes':[{'IndexName':'g','KeySchema':[{'AttributeName':'g','KeyType':'HASH'}],'Projection':{'ProjectionType':'SOME'}}]}|2 validation errors detected: Value 'g' at 'globalSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3; Value 'SOME' at 'globalSecondaryIndexes.1.member.projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, KEYS_ONLY, INCLUDE]
            CreateTable|{'TableName':'Tbl','BillingMode':'PAY_PER_REQUEST','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],'StreamSpecification':{'StreamViewType':'ALL'}}|2 validation errors detected: Value null at 'streamSpecification.streamEnabled' failed to satisfy constraint: Member must not be null; Value 'ALL' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]
            CreateTable|{'TableName':'Tbl','BillingMode':'PAY_PER_REQUEST','AttributeDefinitions':[{'AttributeName':'id','AttributeType':'S'}],'KeySchema':[{'AttributeName':'id','KeyType':'HASH'}],'Tags':[{'Key':'','Value':'v'}]}|1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1
            DescribeTable|{}|1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null
            DescribeTable|{'TableName':'ab'}|1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3
            DeleteTable|{'TableName':'bad name'}|1 validation error detected: Value 'bad name' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
            ListTables|{'Limit':0,'ExclusiveStartTableName':'x'}|2 validation errors detected: Value 'x' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length greater than or equal to 3; Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1
            ListTables|{'Limit':101}|1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100
            UpdateTimeToLive|{'TableName':'Tbl','TimeToLiveSpecification':{'AttributeName':''}}|2 validation errors detected: Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null; Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1
            TagResource|{'ResourceArn':'','Tags':[{'Key':'k'}]}|2 validation errors detected: Value '' at 'resourceArn' failed to satisfy constraint: Member must have length greater than or equal to 1; Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null
            UntagResource|{'ResourceArn':'arn:aws:dynamodb:us-east-1:000000000000:table/Tbl'}|1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null
            PutItem|{}|2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; Value null at 'item' failed to satisfy constraint: Member must not be null
            PutItem|{'TableName':'Tbl','Item':{'a':{'S':'x'}},'ReturnValues':'ALL','ReturnConsumedCapacity':'SOME'}|2 validation errors detected: Value 'ALL' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; Value 'SOME' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
            GetItem|{'TableName':'Tbl'}|1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null
            UpdateItem|{'TableName':'Tbl','Key':{'a':{'S':'x'}},'ReturnItemCollectionMetrics':'ALL','ReturnValuesOnConditionCheckFailure':'ALL_NEW'}|2 validation errors detected: Value 'ALL' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]; Value 'ALL_NEW' at 'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]
            DeleteItem|{'Key':{'a':{'S':'x'}}}|1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null
            Query|{'TableName':'Tbl','Select':'SOME','Limit':0}|2 validation errors detected: Value 'SOME' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1
            Query|{'TableName':'Tbl','IndexName':'ix','KeyConditions':{'a':{'ComparisonOperator':'LIKE'}}}|2 validation errors detected: Value 'ix' at 'indexName' failed to satisfy constraint: Member must have length greater than or equal to 3; Value 'LIKE' at 'keyConditions.a.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]
            Scan|{'TableName':'Tbl','Segment':1000000,'TotalSegments':0}|2 validation errors detected: Value '0' at 'totalSegments' failed to satisfy constraint: Member must have value greater than or equal to 1; Value '1000000' at 'segment' failed to satisfy constraint: Member must have value less than or equal to 999999
            Scan|{'TableName':'Tbl','ConditionalOperator':'XOR','AttributesToGet':[]}|2 validation errors detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1; Value 'XOR' at 'conditionalOperator' failed to satisfy constraint: Member must satisfy enum value set: [OR, AND]
            Scan|{'TableName':'Tbl','ScanFilter':{'a':{'ComparisonOperator':'LIKE','AttributeValueList':[{'S':'a'}]}}}|1 validation error detected: Value 'LIKE' at 'scanFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]
            Query|{'TableName':'Tbl','QueryFilter':{'a':{}}}|1 validation error detected: Value null at 'queryFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must not be null
            PutItem|{'TableName':'Tbl','Item':{'a':{'S':'x'}},'Expected':{'a':{'ComparisonOperator':'SAME'}}}|1 validation error detected: Value 'SAME' at 'expected.a.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]
            UpdateItem|{'TableName':'Tbl','Key':{'a':{'S':'x'}},'AttributeUpdates':{'a':{'Action':'REPLACE','Value':{'S':'x'}}}}|1 validation error detected: Value 'REPLACE' at 'attributeUpdates.a.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]
            GetItem|{'TableName':'Tbl','Key':{},'AttributesToGet':[]}|1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: Member must have length greater than or equal to 1
            BatchGetItem|{}|1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member must not be null
            BatchGetItem|{'RequestItems':{}}|1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1
            BatchGetItem|{'RequestItems':{'Tbl':{'Keys':[]}}}|1 validation error detected: Value '[]' at 'requestItems.Tbl.member.keys' failed to satisfy constraint: Member must have length greater than or equal to 1
            BatchWriteItem|{'RequestItems':{'Tbl':[]}}|1 validation error detected: Value '{Tbl=[]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]
            BatchWriteItem|{'RequestItems':{'Tbl':[{'PutRequest':{}}]}}|1 validation error detected: Value null at 'requestItems.Tbl.member.1.member.putRequest.item' failed to satisfy constraint: Member must not be null
            TransactWriteItems|{'TransactItems':[]}|1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1
            TransactWriteItems|{'TransactItems':[{'Update':{'TableName':'Tbl','Key':{'a':{'S':'x'}}}}],'ClientRequestToken':''}|2 validation errors detected: Value null at 'transactItems.1.member.update.updateExpression' failed to satisfy constraint: Member must not be null; Value '' at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 1
            TransactGetItems|{'TransactItems':[{}]}|1 validation error detected: Value null at 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null
            ExecuteStatement|{'Statement':''}|1 validation error detected: Value '' at 'statement' failed to satisfy constraint: Member must have length greater than or equal to 1
            BatchExecuteStatement|{'Statements':[]}|1 validation error detected: Value '[]' at 'statements' failed to satisfy constraint: Member must have length greater than or equal to 1
            """)
    void violationsOfTheModelAreRefusedBeforeAnythingElse(String operation, String input, String message) {
        ServiceResponse response = ENGINE.send(operation, input.replace('\'', '"'));

        JsonNode error = ENGINE.parse(response.body());
        assertEquals(400, response.status());
        assertEquals("com.amazon.coral.validate#ValidationException", error.path("__type").asText());
        assertEquals(message, error.path("message").asText());
    }
}
