package com.tutormax.churn.scoring.config;

import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call churn-service: staff read predictions (never a tutor or a student: a tutor never
 * sees a churn score); operations managers and admins override a prediction and read how accurate
 * the served levels were; re-scoring everyone on request (the daily job) is for admins.
 */
@Configuration(proxyBeanMethods = false)
class ChurnAccessRules {

  @Bean
  AccessRules churnRules() {
    return rules ->
        rules
            .pathMatchers(HttpMethod.POST, "/api/churn/rescore")
            .hasRole("ADMIN")
            .pathMatchers("/api/churn/tutors/*/override")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            .pathMatchers(HttpMethod.GET, "/api/churn/accuracy")
            .hasAnyRole("ADMIN", "OPS_MANAGER")
            .pathMatchers(HttpMethod.GET, "/api/churn/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");
  }
}
