package com.tutormax.training.models.config;

import com.tutormax.common.security.AccessRules;
import com.tutormax.common.security.ServiceTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call training-service: admins start runs and promote or roll back models; admins and
 * operations managers read runs and models (model quality); a model's artifact is for fleet
 * services (churn fetches it) and admins.
 */
@Configuration(proxyBeanMethods = false)
class TrainingAccessRules {

  @Bean
  AccessRules trainingRules() {
    return rules ->
        rules
            .pathMatchers(HttpMethod.GET, "/api/training/models/*/artifact")
            .hasAnyRole("ADMIN", ServiceTokens.ROLE)
            .pathMatchers(HttpMethod.POST, "/api/training/runs", "/api/training/models/*/promote")
            .hasRole("ADMIN")
            .pathMatchers(HttpMethod.GET, "/api/training/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER");
  }
}
