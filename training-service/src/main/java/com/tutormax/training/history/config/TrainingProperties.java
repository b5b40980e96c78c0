package com.tutormax.training.history.config;

import com.tutormax.common.kafka.IntakeSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How training consumes its history and trains: a tutor's first training row comes {@code
 * minHistoryDays} after joining, then one every {@code stepDays}; {@code seed} makes runs
 * reproducible; promoted artifacts are announced at {@code artifactBaseUrl} (this service's address
 * as other services reach it; blank: http://localhost and the port it listens on).
 */
@ConfigurationProperties("tutormax.training")
public record TrainingProperties(
    @DefaultValue("2000") int maxPollRecords,
    @DefaultValue("100ms") Duration fetchMaxWait,
    @DefaultValue("60s") Duration writeTimeout,
    @DefaultValue("5m") Duration retryFor,
    @DefaultValue("7") int minHistoryDays,
    @DefaultValue("1") int stepDays,
    @DefaultValue("42") long seed,
    @DefaultValue("") String artifactBaseUrl)
    implements IntakeSettings {}
