package com.tutormax.scheduler.jobs.config;

import com.tutormax.common.kafka.IntakeSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scheduler ticks: every {@code tickInterval} the instance holding the leader lock (a Redis
 * lock that expires {@code leaderLease} after its holder stops renewing it, so another instance
 * takes over within that) requests the due runs; a cron time more than {@code grace} old is a
 * missed one (see each job's misfire policy). {@code ticking=false} leaves ticking to the caller
 * (tests). The JobFinished intake reads batches of up to {@code maxPollRecords}. A job that runs
 * {@code after} another waits for that one's run at most {@code afterWait}; a run with no report
 * after {@code runTimeout} (a job's {@code timeout} parameter overrides it) is closed as failed.
 */
@ConfigurationProperties("tutormax.scheduler")
public record SchedulerProperties(
    @DefaultValue("true") boolean ticking,
    @DefaultValue("5s") Duration tickInterval,
    @DefaultValue("20s") Duration leaderLease,
    @DefaultValue("60s") Duration grace,
    @DefaultValue("500") int maxPollRecords,
    @DefaultValue("100ms") Duration fetchMaxWait,
    @DefaultValue("30s") Duration writeTimeout,
    @DefaultValue("5m") Duration retryFor,
    @DefaultValue("30m") Duration afterWait,
    @DefaultValue("2h") Duration runTimeout)
    implements IntakeSettings {}
