package com.tutormax.api.security;

import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what on api-service (after the fleet-wide public routes; anything not listed is
 * denied). ApiAccessMatrixTest checks every route against these rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  AccessRules apiAccessRules() {
    return rules ->
        rules
            .pathMatchers(
                "/health",
                "/api/health/**",
                "/api/workers/health",
                "/api/auth/login",
                "/api/auth/refresh",
                "/api/auth/logout",
                "/api/auth/oauth/**")
            .permitAll()
            .pathMatchers("/api/auth/me", "/api/auth/password")
            .authenticated()
            .pathMatchers("/api/admin/**")
            .hasRole("ADMIN")
            .pathMatchers("/api/workers/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER");
  }
}
