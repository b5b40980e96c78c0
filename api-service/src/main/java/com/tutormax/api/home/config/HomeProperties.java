package com.tutormax.api.home.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ops home: its figures are recomputed every {@code refreshEvery} into a snapshot each request
 * reads (so the home answers in a few milliseconds however large the history), over the last {@code
 * windowDays}; the trend covers {@code trendDays}, the alerts queue and my queue at most {@code
 * queueLimit} entries.
 */
@ConfigurationProperties("tutormax.home")
public record HomeProperties(
    @DefaultValue("10s") Duration refreshEvery,
    @DefaultValue("30") int windowDays,
    @DefaultValue("30") int trendDays,
    @DefaultValue("20") int queueLimit) {}
