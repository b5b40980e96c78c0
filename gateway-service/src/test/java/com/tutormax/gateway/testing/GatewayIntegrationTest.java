package com.tutormax.gateway.testing;

import com.tutormax.testsupport.ServiceIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;

/**
 * The gateway on a random port against the real PostgreSQL, Redis and Kafka, with W3C trace
 * propagation kept on. Tests extending {@link GatewayTestBase} share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@AutoConfigureTracing
public @interface GatewayIntegrationTest {}
