package com.tutormax.api.health.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the fleet's health is judged: an instance without a heartbeat for {@code staleAfter} is down,
 * one silent for {@code forgetAfter} is dropped, and every expected service must be up for the
 * fleet to be up.
 */
@ConfigurationProperties("tutormax.health")
public record HealthProperties(
    Duration staleAfter, Duration forgetAfter, List<String> expectedServices) {}
