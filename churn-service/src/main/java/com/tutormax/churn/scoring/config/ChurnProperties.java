package com.tutormax.churn.scoring.config;

import com.tutormax.common.kafka.IntakeSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How churn consumes and when it re-scores. Changed tutors are scored every {@code scoreEvery}; a
 * change to history (event time more than {@code liveWithin} ago: a backfill) at most once per
 * {@code minInterval} per tutor, so a burst of closed days costs a few scorings, while a live
 * change is scored at once. {@code scoreBatch} bounds one transaction of the scorer.
 */
@ConfigurationProperties("tutormax.churn")
public record ChurnProperties(
    @DefaultValue("2000") int maxPollRecords,
    @DefaultValue("100ms") Duration fetchMaxWait,
    @DefaultValue("200ms") Duration scoreEvery,
    @DefaultValue("2s") Duration minInterval,
    @DefaultValue("1h") Duration liveWithin,
    @DefaultValue("100") int scoreBatch,
    @DefaultValue("60s") Duration writeTimeout,
    @DefaultValue("5m") Duration retryFor,
    @DefaultValue("30d") Duration defaultOverrideFor,
    @DefaultValue("90d") Duration maxOverrideFor,
    @DefaultValue("36h") Duration interventionsWithin)
    implements IntakeSettings {}
