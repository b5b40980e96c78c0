package com.tutormax.gateway.ratelimit.config;

import com.tutormax.gateway.problem.web.ProblemWriter;
import com.tutormax.gateway.ratelimit.web.ClientKeyResolver;
import com.tutormax.gateway.ratelimit.web.ProblemRequestRateLimiterGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis token buckets per client, limits per route (see application.yml). */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

  @Bean
  KeyResolver clientKeyResolver() {
    return new ClientKeyResolver();
  }

  @Bean
  ProblemRequestRateLimiterGatewayFilterFactory problemRequestRateLimiterGatewayFilterFactory(
      RateLimiter<?> redisRateLimiter, KeyResolver clientKeyResolver, ProblemWriter problems) {
    return new ProblemRequestRateLimiterGatewayFilterFactory(
        redisRateLimiter, clientKeyResolver, problems);
  }
}
