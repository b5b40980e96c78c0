package com.tutormax.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TutorMaxEnvironmentPostProcessorTest {

  private final TutorMaxEnvironmentPostProcessor processor = new TutorMaxEnvironmentPostProcessor();

  private StandardEnvironment environment(Map<String, Object> variables) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("test", variables));
    return env;
  }

  @Test
  void mapsDatabaseUrlAndLogLevel() {
    StandardEnvironment env =
        environment(
            Map.of(
                "DATABASE_URL", "postgresql://u:secret@db.internal:5433/tm?sslmode=require",
                "LOG_LEVEL", "WARNING",
                "spring.application.name", "api-service",
                "tutormax.db.schema", "core"));
    processor.postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("tutormax.db.host")).isEqualTo("db.internal");
    assertThat(env.getProperty("tutormax.db.password")).isEqualTo("secret");
    assertThat(env.getProperty("logging.level.root")).isEqualTo("WARN");
    assertThat(env.getProperty("spring.r2dbc.url"))
        .isEqualTo("r2dbc:postgresql://db.internal:5433/tm?schema=core&sslMode=require");
    assertThat(env.getProperty("tutormax.instance-id")).isNotBlank();
  }

  @Test
  void localDefaultsNeedNoEnvironment() {
    StandardEnvironment env = environment(Map.of("spring.application.name", "churn-service"));
    processor.postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
    assertThat(env.getProperty("tutormax.db.host")).isEqualTo("localhost");
    assertThat(env.getProperty("spring.kafka.consumer.group-id")).isEqualTo("churn-service");
  }

  @Test
  void productionWithoutSecretKeyStopsTheService() {
    StandardEnvironment env = environment(Map.of());
    env.setActiveProfiles("production");
    assertThatThrownBy(() -> processor.postProcessEnvironment(env, new SpringApplication()))
        .isInstanceOf(MissingSecretException.class)
        .hasMessageContaining("SECRET_KEY");
  }

  @Test
  void productionWithSecretKeyStarts() {
    StandardEnvironment env =
        environment(Map.of("SECRET_KEY", "s3cret-s3cret-s3cret-s3cret-s3cret!"));
    env.setActiveProfiles("production");
    processor.postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("tutormax.security.secret-key")).startsWith("s3cret");
    assertThat(env.getProperty("logging.structured.format.console")).isEqualTo("ecs");
  }

  @Test
  void logsAreTextLocallyAndJsonOnRequest() {
    StandardEnvironment local = environment(Map.of());
    processor.postProcessEnvironment(local, new SpringApplication());
    assertThat(local.getProperty("logging.structured.format.console")).isNull();
    StandardEnvironment json = environment(Map.of("LOG_FORMAT", "json"));
    processor.postProcessEnvironment(json, new SpringApplication());
    assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
  }

  @Test
  void otlpEndpointEnablesTraceAndMetricExport() {
    StandardEnvironment env =
        environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"));
    processor.postProcessEnvironment(env, new SpringApplication());
    assertThat(env.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
        .isEqualTo("http://collector:4318/v1/traces");
    assertThat(env.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("true");
  }

  @Test
  void logLevelsFromTheGuideMapToLogback() {
    assertThat(TutorMaxEnvironmentPostProcessor.logbackLevel("debug")).isEqualTo("DEBUG");
    assertThat(TutorMaxEnvironmentPostProcessor.logbackLevel("WARNING")).isEqualTo("WARN");
    assertThat(TutorMaxEnvironmentPostProcessor.logbackLevel("ERROR")).isEqualTo("ERROR");
  }
}
