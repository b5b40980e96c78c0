package com.tutormax.gateway.headers.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security headers on every response.
 *
 * @param referrerPolicy the Referrer-Policy value
 * @param hstsMaxAge Strict-Transport-Security max-age, sent only on HTTPS requests
 */
@ConfigurationProperties("tutormax.gateway.security-headers")
public record SecurityHeadersProperties(
    @DefaultValue("no-referrer") String referrerPolicy,
    @DefaultValue("365d") Duration hstsMaxAge) {}
