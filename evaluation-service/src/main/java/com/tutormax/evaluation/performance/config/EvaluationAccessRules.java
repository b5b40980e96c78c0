package com.tutormax.evaluation.performance.config;

import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call evaluation-service. A tutor reads only their own metrics, history and trends (scoped
 * in the controller by the token's tutor_id); the population views are for staff; closing days on
 * request (the daily job) is for admins.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationAccessRules {

  @Bean
  AccessRules evaluationRules() {
    return rules ->
        rules
            .pathMatchers(HttpMethod.POST, "/api/evaluation/days/close")
            .hasRole("ADMIN")
            .pathMatchers(HttpMethod.GET, "/api/evaluation/tutors/*/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR")
            .pathMatchers(HttpMethod.GET, "/api/evaluation/tiers", "/api/evaluation/flags")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");
  }
}
