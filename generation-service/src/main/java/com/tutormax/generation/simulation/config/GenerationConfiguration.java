package com.tutormax.generation.simulation.config;

import com.tutormax.common.security.AccessRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GenerationProperties.class)
class GenerationConfiguration {

  /** Every generation route is for admins only: it controls the world and exposes the truth. */
  @Bean
  AccessRules generationAccessRules() {
    return rules -> rules.pathMatchers("/api/generation/**").hasRole("ADMIN");
  }
}
