package com.tutormax.churn.models.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How churn fetches promoted models from training-service: each HTTP call times out after {@code
 * fetchTimeout}, a failed fetch is retried {@code fetchAttempts} times with back-off, and a circuit
 * breaker stops calling a failing training-service for {@code breakerOpenFor}; a model that could
 * not be fetched is tried again after {@code refetchAfter} while the last good one keeps serving.
 */
@ConfigurationProperties("tutormax.churn.models")
public record ModelProperties(
    @DefaultValue("5s") Duration fetchTimeout,
    @DefaultValue("3") int fetchAttempts,
    @DefaultValue("500ms") Duration retryBackoff,
    @DefaultValue("30s") Duration breakerOpenFor,
    @DefaultValue("2s") Duration checkEvery,
    @DefaultValue("30s") Duration refetchAfter) {}
