package com.tutormax.scheduler.jobs.config;

import com.tutormax.common.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call scheduler-service: admins trigger, pause and resume jobs; admins and operations
 * managers read the jobs and their run history.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerAccessRules {

  @Bean
  AccessRules schedulerRules() {
    return rules ->
        rules
            .pathMatchers(HttpMethod.POST, "/api/scheduler/jobs/*/trigger")
            .hasRole("ADMIN")
            .pathMatchers(HttpMethod.POST, "/api/scheduler/jobs/*/pause")
            .hasRole("ADMIN")
            .pathMatchers(HttpMethod.POST, "/api/scheduler/jobs/*/resume")
            .hasRole("ADMIN")
            .pathMatchers(HttpMethod.GET, "/api/scheduler/**")
            .hasAnyRole("ADMIN", "OPS_MANAGER");
  }
}
