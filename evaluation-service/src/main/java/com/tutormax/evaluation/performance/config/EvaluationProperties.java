package com.tutormax.evaluation.performance.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How evaluation consumes and when it evaluates. Changed tutors are evaluated every {@code
 * evaluateEvery}; a change to history (event time more than {@code liveWithin} ago: a backfill) at
 * most once per {@code minInterval} per tutor, so a burst costs a few evaluations, not one per
 * event, while live changes are evaluated at once. A day closes once every input partition's event
 * time has passed its end by {@code closeGrace}; {@code closeDaysPerRun} bounds one run of the
 * closer.
 */
@ConfigurationProperties("tutormax.evaluation")
public record EvaluationProperties(
    @DefaultValue("2000") int maxPollRecords,
    @DefaultValue("100ms") Duration fetchMaxWait,
    @DefaultValue("200ms") Duration evaluateEvery,
    @DefaultValue("2s") Duration minInterval,
    @DefaultValue("1h") Duration liveWithin,
    @DefaultValue("100") int evaluateBatch,
    @DefaultValue("1s") Duration closeEvery,
    @DefaultValue("10m") Duration closeGrace,
    @DefaultValue("5") int closeDaysPerRun,
    @DefaultValue("60s") Duration writeTimeout,
    @DefaultValue("5m") Duration retryFor) {}
