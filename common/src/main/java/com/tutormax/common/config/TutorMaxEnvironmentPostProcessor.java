package com.tutormax.common.config;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

/**
 * Applies the shared service defaults and maps the deployment guide's environment variables onto
 * Spring properties: DATABASE_URL (a postgres:// URL) onto {@code tutormax.db.*}, LOG_LEVEL (with
 * the guide's WARNING) onto logging levels. In the production profile a missing SECRET_KEY stops
 * the service at start.
 */
public class TutorMaxEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  static final String DEFAULTS = "tutormax-defaults.yml";
  static final String MAPPED_SOURCE = "tutormaxEnvironment";

  @Override
  public int getOrder() {
    // After config data, so application.yml and the active profiles are known.
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getPropertySources().contains(DEFAULTS)) {
      return;
    }
    for (PropertySource<?> defaults : loadDefaults()) {
      environment.getPropertySources().addLast(defaults);
    }
    Map<String, Object> mapped = new HashMap<>();
    String databaseUrl = environment.getProperty("DATABASE_URL");
    if (StringUtils.hasText(databaseUrl)) {
      DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
      mapped.put("tutormax.db.host", url.host());
      mapped.put("tutormax.db.port", url.port());
      mapped.put("tutormax.db.name", url.database());
      putIfSet(mapped, "tutormax.db.username", url.username());
      putIfSet(mapped, "tutormax.db.password", url.password());
      putIfSet(mapped, "tutormax.db.ssl-mode", url.sslMode());
    }
    String logLevel = environment.getProperty("LOG_LEVEL");
    if (StringUtils.hasText(logLevel)) {
      String level = logbackLevel(logLevel);
      mapped.put("logging.level.root", level);
      mapped.put("logging.level.com.tutormax", level);
    }
    String otlp = environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT");
    if (StringUtils.hasText(otlp)) {
      String base = otlp.replaceFirst("/+$", "");
      mapped.put("management.opentelemetry.tracing.export.otlp.endpoint", base + "/v1/traces");
      mapped.put("management.otlp.metrics.export.enabled", true);
      mapped.put("management.otlp.metrics.export.url", base + "/v1/metrics");
    }
    String logFormat = environment.getProperty("LOG_FORMAT");
    boolean production = environment.acceptsProfiles(Profiles.of("production"));
    if ("json".equalsIgnoreCase(logFormat) || (production && !"text".equalsIgnoreCase(logFormat))) {
      // One JSON object per line (Elastic Common Schema), with trace and span ids.
      mapped.put("logging.structured.format.console", "ecs");
    }
    if (!StringUtils.hasText(environment.getProperty("tutormax.instance-id"))) {
      String host = environment.getProperty("HOSTNAME", "local");
      mapped.put("tutormax.instance-id", host + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
    // Above the defaults, below everything a user sets explicitly.
    environment
        .getPropertySources()
        .addBefore(DEFAULTS, new MapPropertySource(MAPPED_SOURCE, mapped));
    checkProductionSecrets(environment);
  }

  static void checkProductionSecrets(ConfigurableEnvironment environment) {
    if (environment.acceptsProfiles(Profiles.of("production"))
        && !StringUtils.hasText(environment.getProperty("tutormax.security.secret-key"))) {
      throw new MissingSecretException("SECRET_KEY");
    }
  }

  /** The guide's levels are Python's; logback says WARN where Python says WARNING. */
  static String logbackLevel(String level) {
    String upper = level.trim().toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "WARNING" -> "WARN";
      case "CRITICAL", "FATAL" -> "ERROR";
      default -> upper;
    };
  }

  private static void putIfSet(Map<String, Object> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static List<PropertySource<?>> loadDefaults() {
    try {
      return new YamlPropertySourceLoader().load(DEFAULTS, new ClassPathResource(DEFAULTS));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + DEFAULTS, e);
    }
  }
}
