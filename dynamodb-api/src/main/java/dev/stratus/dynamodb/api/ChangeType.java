package dev.stratus.dynamodb.api;

/** What a committed write did to an item, named as stream records name it. */
public enum ChangeType { INSERT, MODIFY, REMOVE }
