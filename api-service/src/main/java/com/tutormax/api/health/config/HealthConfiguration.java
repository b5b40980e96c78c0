package com.tutormax.api.health.config;

import com.tutormax.api.health.domain.HeartbeatRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthProperties.class)
class HealthConfiguration {

  @Bean
  HeartbeatRegistry heartbeatRegistry(HealthProperties properties) {
    return new HeartbeatRegistry(properties.forgetAfter());
  }
}
