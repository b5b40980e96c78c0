package com.tutormax.common.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL connection string as Render and most hosts give it: {@code
 * postgres[ql]://user:password@host:port/database?sslmode=...} (a {@code jdbc:} prefix is allowed).
 */
public record DatabaseUrl(
    String host, int port, String database, String username, String password, String sslMode) {

  public static DatabaseUrl parse(String url) {
    String raw = url.trim();
    if (raw.startsWith("jdbc:")) {
      raw = raw.substring("jdbc:".length());
    }
    URI uri = URI.create(raw);
    String scheme = uri.getScheme();
    if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) {
      throw new IllegalArgumentException(
          "DATABASE_URL must start with postgres:// or postgresql://, got: " + scheme + "://…");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("DATABASE_URL has no host");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("DATABASE_URL has no database name");
    }
    String username = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      username = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String sslMode = query(uri).getOrDefault("sslmode", null);
    return new DatabaseUrl(
        uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, path, username, password, sslMode);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        params.put(decode(kv[0]).toLowerCase(), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
