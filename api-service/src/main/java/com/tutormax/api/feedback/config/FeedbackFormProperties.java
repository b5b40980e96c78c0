package com.tutormax.api.feedback.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feedback links for students: how long a link is valid unless the issuer asks for less, and the
 * longest validity anyone may ask for.
 */
@ConfigurationProperties("tutormax.feedback-forms")
public record FeedbackFormProperties(
    @DefaultValue("7d") Duration tokenTtl, @DefaultValue("30d") Duration maxTokenTtl) {}
