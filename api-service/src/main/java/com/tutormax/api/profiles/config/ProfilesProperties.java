package com.tutormax.api.profiles.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much history a tutor profile shows: the newest {@code recentFeedback} ratings, {@code
 * interventions} interventions and {@code notes} notes, and the churn trend of the last {@code
 * trendDays} days.
 */
@ConfigurationProperties("tutormax.profiles")
public record ProfilesProperties(
    @DefaultValue("10") int recentFeedback,
    @DefaultValue("20") int interventions,
    @DefaultValue("50") int notes,
    @DefaultValue("30") int trendDays) {}
