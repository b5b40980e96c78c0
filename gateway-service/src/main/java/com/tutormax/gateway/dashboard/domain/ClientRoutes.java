package com.tutormax.gateway.dashboard.domain;

import java.util.List;

/** Which paths belong to the dashboard's client-side router rather than to a server. */
public final class ClientRoutes {

  /** Served by the gateway itself or by the services behind it; never the dashboard page. */
  private static final List<String> SERVER_PREFIXES =
      List.of("/api", "/ws", "/actuator", "/v3", "/swagger-ui", "/webjars", "/fallback", "/health");

  private ClientRoutes() {}

  /** True for paths like / and /tutors/123; false for server prefixes and files (a dot). */
  public static boolean isClientRoute(String path) {
    for (String prefix : SERVER_PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return false;
      }
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    return !lastSegment.contains(".");
  }
}
