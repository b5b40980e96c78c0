package com.tutormax.gateway.security;

import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edge check: a call to /api/** or /ws/** needs a valid access token before it is proxied
 * (missing, malformed, wrongly signed and expired tokens stop here with 401). Roles are enforced
 * again by the service behind. Sign-in, health and the dashboard's pages are open.
 */
@Configuration(proxyBeanMethods = false)
class EdgeAccessRules {

  /**
   * Open API routes: sign-in (people's and integration clients' token requests), students' feedback
   * forms (the single-use link is the credential), public health, and the fallback pages of the
   * circuit breakers.
   */
  static final String[] PUBLIC_API = {
    "/health",
    "/api/health/**",
    "/api/workers/health",
    "/api/auth/login",
    "/api/auth/refresh",
    "/api/auth/logout",
    "/api/auth/oauth/**",
    "/api/auth/token",
    "/api/feedback/forms/*",
    "/fallback/**"
  };

  @Bean
  AccessRules gatewayAccessRules() {
    return rules ->
        rules
            .pathMatchers(PUBLIC_API)
            .permitAll()
            .pathMatchers("/api/**", "/ws/**")
            .authenticated()
            // Everything else is the dashboard: its pages and static assets.
            .pathMatchers("/**")
            .permitAll();
  }
}
