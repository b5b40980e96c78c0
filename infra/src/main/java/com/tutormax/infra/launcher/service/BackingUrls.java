package com.tutormax.infra.launcher.service;

/** Where the services find PostgreSQL, Redis and Kafka (embedded, or given by the environment). */
public record BackingUrls(String databaseUrl, String redisUrl, String kafkaBootstrapServers) {}
