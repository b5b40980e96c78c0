package com.tutormax.api.security;

import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

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
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            // The system of record: tutors read only their own tutor, sessions and feedback
            // (scoped in RecordReader); students' personal data and activity are for staff.
            .pathMatchers(HttpMethod.GET, "/api/records/counts")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            .pathMatchers(HttpMethod.GET, "/api/students/*", "/api/tutors/*/activity")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            .pathMatchers(
                HttpMethod.GET,
                "/api/tutors",
                "/api/tutors/*",
                "/api/sessions",
                "/api/sessions/*",
                "/api/feedback")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR");
  }
}
