package com.tutormax.api.portal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tutor portal: how many of the newest ratings it shows, how many goals a tutor may have
 * running or upcoming at once, and how many days the rating trend covers.
 */
@ConfigurationProperties("tutormax.portal")
public record PortalProperties(
    @DefaultValue("10") int recentFeedback,
    @DefaultValue("10") int maxOpenGoals,
    @DefaultValue("30") int trendDays) {}
