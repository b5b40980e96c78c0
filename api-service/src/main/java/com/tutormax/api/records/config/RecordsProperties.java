package com.tutormax.api.records.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the system of record consumes its topics. Large polls make few, large statements (one per
 * table per batch); fetch.min.bytes with a short fetch.max.wait fills batches under load without
 * delaying a trickle by more than the wait. {@code concurrency} consumers serve each high-volume
 * topic (sessions, feedback, activity). A batch whose write keeps failing (database down) is
 * retried with growing pauses for {@code retryFor}, then dead-lettered whole.
 */
@ConfigurationProperties("tutormax.records")
public record RecordsProperties(
    @DefaultValue("2000") int maxPollRecords,
    @DefaultValue("65536") int fetchMinBytes,
    @DefaultValue("100ms") Duration fetchMaxWait,
    @DefaultValue("2") int concurrency,
    @DefaultValue("60s") Duration writeTimeout,
    @DefaultValue("5m") Duration retryFor) {}
