package com.tutormax.infra.launcher.service;

import com.tutormax.infra.launcher.FleetPorts;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment of one service process: the launcher's own environment (so LOG_LEVEL,
 * SPRING_PROFILES_ACTIVE, OTEL_... pass through), then the fleet's connections, its port, the
 * shared SECRET_KEY and every service's URL for the gateway.
 */
public final class ServiceEnvironment {

  /** Fewer partitions than production's 12: topics are created and assigned faster locally. */
  static final String DEFAULT_TOPIC_PARTITIONS = "3";

  static final String DEFAULT_LOG_LEVEL = "INFO";

  private ServiceEnvironment() {}

  public static Map<String, String> of(
      FleetService service,
      Map<String, String> launcherEnvironment,
      BackingUrls backing,
      FleetPorts ports,
      String secretKey) {
    Map<String, String> env = new HashMap<>(launcherEnvironment);
    env.put("DATABASE_URL", backing.databaseUrl());
    env.put("REDIS_URL", backing.redisUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", backing.kafkaBootstrapServers());
    env.put("PORT", Integer.toString(ports.service(service)));
    env.put("SECRET_KEY", secretKey);
    env.putIfAbsent("LOG_LEVEL", DEFAULT_LOG_LEVEL);
    env.putIfAbsent("KAFKA_TOPIC_PARTITIONS", DEFAULT_TOPIC_PARTITIONS);
    for (FleetService other : FleetService.values()) {
      if (other.urlVariable() != null) {
        env.put(other.urlVariable(), "http://localhost:" + ports.service(other));
      }
    }
    return env;
  }
}
