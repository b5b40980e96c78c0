package com.tutormax.api.security;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.ingest.domain.IntegrationClient;
import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Who may call what on api-service (after the fleet-wide public routes; anything not listed is
 * denied). ApiServiceIntegrationTest checks every route against these rules. Integration clients
 * (role INTEGRATION) are machines, not people: they may post records to /api/ingest/** and nothing
 * else, not even the routes open to any signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /**
   * The machines' authorities (integration clients, fleet services): anyone else signed in is a
   * person, even one who has no role yet (a new OAuth user).
   */
  private static final java.util.Set<String> MACHINE_AUTHORITIES =
      java.util.Set.of(
          "ROLE_" + IntegrationClient.ROLE,
          "ROLE_" + com.tutormax.common.security.ServiceTokens.ROLE);

  private static final AuthenticationTrustResolver ANONYMOUS =
      new AuthenticationTrustResolverImpl();

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
                "/api/auth/token",
                // A feedback link is its own credential: the student has no account.
                "/api/feedback/forms/*")
            .permitAll()
            .pathMatchers("/api/auth/me", "/api/auth/password")
            .access(SecurityConfiguration::signedInPerson)
            .pathMatchers(HttpMethod.POST, "/api/ingest/**")
            .hasAnyRole(Role.ADMIN.name(), IntegrationClient.ROLE)
            .pathMatchers("/api/admin/**")
            .hasRole("ADMIN")
            .pathMatchers(HttpMethod.POST, "/api/feedback/tokens")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            .pathMatchers(HttpMethod.PUT, "/api/students/*/consent")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            .pathMatchers("/api/workers/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            // The dashboard's live push carries churn data: staff only (LivePushIntegrationTest).
            .pathMatchers(HttpMethod.GET, "/ws/dashboard")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            // The system of record: tutors read only their own tutor, sessions and feedback, a
            // student only their own feedback (scoped in RecordReader); students' personal data
            // and tutors' activity are for staff.
            .pathMatchers(HttpMethod.GET, "/api/records/counts")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            // Analytics and exports span every tutor and intervention: managers only.
            .pathMatchers("/api/analytics/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            // The tutor portal is a tutor's own view (scoped to the token's tutor in the service).
            .pathMatchers("/api/portal", "/api/portal/**")
            .hasRole("TUTOR")
            // The ops home shows churn scores and alerts: staff only.
            .pathMatchers(HttpMethod.GET, "/api/home")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            // The interventions workflow is staff work; people ops are scoped to their own tasks
            // in the workflow (InterventionWorkflow), tutors and students never see it.
            .pathMatchers("/api/interventions", "/api/interventions/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            .pathMatchers(HttpMethod.GET, "/api/tutors/*/interventions")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            // Profiles, the list with churn scores and manager notes are for staff only (a tutor
            // never sees a churn score or internal notes); before "/api/tutors/*", which a tutor
            // may read and which "/api/tutors/overview" would otherwise match.
            .pathMatchers(
                "/api/tutors/overview",
                "/api/tutors/*/profile",
                "/api/tutors/*/notes",
                "/api/tutors/*/notes/*")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            .pathMatchers(HttpMethod.GET, "/api/students/*", "/api/tutors/*/activity")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS")
            .pathMatchers(
                HttpMethod.GET, "/api/tutors", "/api/tutors/*", "/api/sessions", "/api/sessions/*")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR")
            .pathMatchers(HttpMethod.GET, "/api/feedback")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT");
  }

  /** Any signed-in person, with roles or (just signed up through OIDC) without; no machine. */
  private static Mono<AuthorizationResult> signedInPerson(
      Mono<Authentication> authentication, AuthorizationContext context) {
    return authentication
        .map(
            a ->
                a.isAuthenticated()
                    && !ANONYMOUS.isAnonymous(a)
                    && a.getAuthorities().stream()
                        .noneMatch(g -> MACHINE_AUTHORITIES.contains(g.getAuthority())))
        .defaultIfEmpty(false)
        .map(AuthorizationDecision::new);
  }
}
