package dev.stratus.dynamodb.expression;

import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.protocol.CommonErrors;
import java.util.Collection;

/**
 * DynamoDB's words for mistakes in expressions. Details found inside one expression are prefixed with
 * {@code Invalid <Kind>Expression: } by {@link #invalid}; the rest are whole messages.
 */
public final class ExpressionErrors {

    private ExpressionErrors() {
    }

    static AwsServiceException invalid(ExpressionKind kind, String detail) {
        return CommonErrors.validation("Invalid " + kind.parameter() + ": " + detail);
    }

    static String empty() {
        return "The expression can not be empty;";
    }

    static String tooLarge(int size) {
        return "Expression size has exceeded the maximum allowed size; expression size: " + size;
    }

    static String tooManyOperators(int count) {
        return "The expression contains too many operators; operator count: " + count;
    }

    static String pathTooDeep(int levels) {
        return "The document path has too many nesting levels; nesting levels: " + levels;
    }

    static String listIndexOutOfRange(String index) {
        return "List index is not within the allowable range; index: " + index;
    }

    static String reservedWord(String name) {
        return "Attribute name is a reserved keyword; reserved keyword: " + name;
    }

    static String undefinedName(String placeholder) {
        return "An expression attribute name used in the document path is not defined; attribute name: " + placeholder;
    }

    static String undefinedValue(String placeholder) {
        return "An expression attribute value used in expression is not defined; attribute value: " + placeholder;
    }

    static String unknownFunction(String name) {
        return "Invalid function name; function: " + name;
    }

    static String misusedFunction(String name) {
        return "The function is not allowed to be used this way in an expression; function: " + name;
    }

    static String redundantParentheses() {
        return "The expression has redundant parentheses;";
    }

    static String operandCount(String function, int count) {
        return "Incorrect number of operands for operator or function; operator or function: " + function
                + ", number of operands: " + count;
    }

    static String requiresPath(String function) {
        return "Operator or function requires a document path; operator or function: " + function;
    }

    static String operandType(String function, String type) {
        return "Incorrect operand type for operator or function; operator or function: " + function
                + ", operand type: " + type;
    }

    static String actionOperandType(String action, String type) {
        return "Incorrect operand type for operator or function; operator: " + action + ", operand type: " + type;
    }

    static String invalidTypeName(String type) {
        return "Invalid attribute type name found; type: " + type + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}";
    }

    static String notDistinct(String operator, ResolvedPath path) {
        return "The first operand must be distinct from the remaining operands for this operator or function; operator: "
                + operator + ", first operand: " + path;
    }

    static String betweenTypes(String lower, String upper) {
        return "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: "
                + "AttributeValue: " + lower + ", upper bound operand: AttributeValue: " + upper;
    }

    static String betweenOrder(String lower, String upper) {
        return "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                + "lower bound operand: AttributeValue: " + lower + ", upper bound operand: AttributeValue: " + upper;
    }

    static String clauseRepeated(String clause) {
        return "The \"" + clause + "\" section can only be used once in an update expression;";
    }

    static String pathsOverlap(ResolvedPath one, ResolvedPath two) {
        return "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                + one + ", path two: " + two;
    }

    static String pathsConflict(ResolvedPath one, ResolvedPath two) {
        return "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
                + one + ", path two: " + two;
    }

    static String keyConditionOperator(String operator) {
        return "Invalid operator used in KeyConditionExpression: " + operator;
    }

    static String keyConditionNestedPath() {
        return "KeyConditionExpressions cannot have conditions on nested attributes";
    }

    static String keyConditionNestedOperation() {
        return "KeyConditionExpressions cannot contain nested operations";
    }

    static String keyConditionInvalidCondition() {
        return "Invalid condition in KeyConditionExpression: The expression must compare a key attribute to a value";
    }

    static AwsServiceException oneConditionPerKey() {
        return CommonErrors.validation("KeyConditionExpressions must only contain one condition per key");
    }

    static AwsServiceException tooManyKeyConditions() {
        return CommonErrors.validation("Conditions can be of length 1 or 2 only");
    }

    static AwsServiceException missedKeyElement(String keyName) {
        return CommonErrors.validation("Query condition missed key schema element: " + keyName);
    }

    static AwsServiceException keyConditionNotSupported() {
        return CommonErrors.validation("Query key condition not supported");
    }

    static AwsServiceException unusedNames(Collection<String> placeholders) {
        return CommonErrors.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                + String.join(", ", placeholders) + "}");
    }

    static AwsServiceException unusedValues(Collection<String> placeholders) {
        return CommonErrors.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                + String.join(", ", placeholders) + "}");
    }

    static AwsServiceException emptyNames() {
        return CommonErrors.validation("ExpressionAttributeNames must not be empty");
    }

    static AwsServiceException emptyValues() {
        return CommonErrors.validation("ExpressionAttributeValues must not be empty");
    }

    static AwsServiceException invalidNameKey(String key) {
        return CommonErrors.validation("ExpressionAttributeNames contains invalid key: Syntax error; token: \""
                + key + "\", near: \"" + key + "\"");
    }

    static AwsServiceException invalidValueKey(String key) {
        return CommonErrors.validation("ExpressionAttributeValues contains invalid key: Syntax error; token: \""
                + key + "\", near: \"" + key + "\"");
    }

    static AwsServiceException invalidName(String key, String problem) {
        return CommonErrors.validation("ExpressionAttributeNames contains invalid value: " + problem + " for key " + key);
    }

    public static AwsServiceException invalidValue(String key, String problem) {
        return CommonErrors.validation("ExpressionAttributeValues contains invalid value: " + problem + " for key " + key);
    }

    static AwsServiceException namesWithoutExpressions() {
        return CommonErrors.validation("ExpressionAttributeNames can only be specified when using expressions");
    }

    static AwsServiceException valuesWithoutExpressions(String nullExpressions) {
        return CommonErrors.validation(
                "ExpressionAttributeValues can only be specified when using expressions: " + nullExpressions);
    }

    static AwsServiceException keyAttributeUpdated(String name) {
        return CommonErrors.validation("One or more parameter values were invalid: Cannot update attribute " + name
                + ". This attribute is part of the key");
    }

    static AwsServiceException invalidDocumentPathForUpdate() {
        return CommonErrors.validation("The document path provided in the update expression is invalid for update");
    }

    static AwsServiceException incorrectOperandType() {
        return CommonErrors.validation("An operand in the update expression has an incorrect data type");
    }

    static AwsServiceException missingAttribute() {
        return CommonErrors.validation("The provided expression refers to an attribute that does not exist in the item");
    }
}
