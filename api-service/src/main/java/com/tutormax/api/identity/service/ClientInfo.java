package com.tutormax.api.identity.service;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Where a request came from, for the audit log. */
public record ClientInfo(String ip, String userAgent) {

  /** A scheduled job, run inside the service on the scheduler's request: no remote client. */
  public static final ClientInfo SCHEDULER = new ClientInfo(null, "tutormax-scheduler");

  public static ClientInfo of(ServerHttpRequest request) {
    String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
    String ip;
    if (forwarded != null && !forwarded.isBlank()) {
      ip = forwarded.split(",")[0].trim();
    } else {
      InetSocketAddress remote = request.getRemoteAddress();
      ip = remote == null ? null : remote.getAddress().getHostAddress();
    }
    return new ClientInfo(ip, request.getHeaders().getFirst("User-Agent"));
  }
}
