package com.tutormax.gateway.requestid.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: the caller's if it is a sane token, else a fresh UUID. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** Short and plain, so it is safe in logs, headers and span tags. */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {}

  public static boolean isSane(String candidate) {
    return candidate != null && SANE.matcher(candidate).matches();
  }

  public static String saneOrNew(String candidate) {
    return isSane(candidate) ? candidate : UUID.randomUUID().toString();
  }
}
