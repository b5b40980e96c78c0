package com.tutormax.gateway.ratelimit.domain;

import java.net.InetSocketAddress;

/** Who is calling, as far as an anonymous request tells. */
public final class ClientAddress {

  /** Used when neither header nor socket names the caller; such callers share one bucket. */
  public static final String UNKNOWN = "unknown";

  private static final int MAX_LENGTH = 64;

  private ClientAddress() {}

  /**
   * The first hop of X-Forwarded-For (the original client, as our ingress reports it), else the
   * socket's remote address. An over-long header is ignored rather than made into a Redis key.
   */
  public static String of(String forwardedFor, InetSocketAddress remote) {
    if (forwardedFor != null) {
      String first = forwardedFor.split(",", 2)[0].trim();
      if (!first.isEmpty() && first.length() <= MAX_LENGTH) {
        return first;
      }
    }
    if (remote == null) {
      return UNKNOWN;
    }
    return remote.getAddress() != null
        ? remote.getAddress().getHostAddress()
        : remote.getHostString();
  }
}
