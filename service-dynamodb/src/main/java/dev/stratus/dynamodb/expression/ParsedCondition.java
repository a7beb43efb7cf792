package dev.stratus.dynamodb.expression;

/** A parsed condition, with what the parser noticed that validation reports. */
record ParsedCondition(ConditionNode root, boolean redundantParentheses) {
}
