package com.tutormax.common.events;

/**
 * One entry of the contract: the type name in {@code tm-event-type}, its record class, the topic it
 * travels on and the schema version in {@code tm-schema-version}.
 */
public record EventType<T extends TutorMaxEvent>(
    String name, Class<T> recordClass, String topic, int schemaVersion) {}
