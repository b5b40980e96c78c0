package com.tutormax.common.web;

import com.tutormax.common.config.TutorMaxProperties;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS from CORS_ORIGINS (comma-separated), access logs and request size limits, the same on every
 * service.
 */
@AutoConfiguration
@EnableConfigurationProperties(BodyLimitProperties.class)
public class WebAutoConfiguration {

  @Bean
  RequestSizeLimitFilter requestSizeLimitFilter(
      @Value("${spring.codec.max-in-memory-size:256KB}") DataSize limit,
      BodyLimitProperties bodyLimits) {
    return new RequestSizeLimitFilter(
        limit.toBytes(),
        bodyLimits.bodyLimits().stream()
            .map(l -> RequestSizeLimitFilter.PathLimit.of(l.path(), l.maxSize().toBytes()))
            .toList());
  }

  @Bean
  ProblemHandler tutormaxProblemHandler() {
    return new ProblemHandler();
  }

  @Bean
  @ConditionalOnProperty(name = "tutormax.access-log", havingValue = "true", matchIfMissing = true)
  AccessLogWebFilter accessLogWebFilter(ObjectProvider<Tracer> tracer) {
    return new AccessLogWebFilter(tracer::getIfAvailable);
  }

  @Bean
  @ConditionalOnMissingBean
  CorsWebFilter corsWebFilter(TutorMaxProperties properties) {
    CorsConfiguration cors = new CorsConfiguration();
    List<String> origins = properties.corsOrigins() == null ? List.of() : properties.corsOrigins();
    cors.setAllowedOrigins(origins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList());
    cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "traceparent"));
    cors.setAllowCredentials(true);
    cors.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors);
    return new CorsWebFilter(source);
  }
}
