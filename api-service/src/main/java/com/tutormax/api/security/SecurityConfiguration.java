package com.tutormax.api.security;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.ingest.domain.IntegrationClient;
import com.tutormax.common.security.AccessRules;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what on api-service (after the fleet-wide public routes; anything not listed is
 * denied). ApiServiceIntegrationTest checks every route against these rules. Integration clients
 * (role INTEGRATION) are machines, not people: they may post records to /api/ingest/** and nothing
 * else, so "signed in" means any person's role rather than any token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] PEOPLE =
      Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

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
                "/api/auth/oauth/**",
                "/api/auth/token")
            .permitAll()
            .pathMatchers("/api/auth/me", "/api/auth/password")
            .hasAnyRole(PEOPLE)
            .pathMatchers(HttpMethod.POST, "/api/ingest/**")
            .hasAnyRole(Role.ADMIN.name(), IntegrationClient.ROLE)
            .pathMatchers("/api/admin/**")
            .hasRole("ADMIN")
            .pathMatchers("/api/workers/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER");
  }
}
