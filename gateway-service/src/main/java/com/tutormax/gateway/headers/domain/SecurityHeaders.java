package com.tutormax.gateway.headers.domain;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The security headers for one response, from what the request says about itself. */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
  public static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
  public static final String REFERRER_POLICY = "Referrer-Policy";
  public static final String X_FRAME_OPTIONS = "X-Frame-Options";
  public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

  /** Host names and IP literals only: the Host header must not smuggle in CSP directives. */
  private static final Pattern SAFE_HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");

  private SecurityHeaders() {}

  /**
   * @param requestUri the request's URI (its host is the one the browser connected to)
   * @param https whether the request arrived over TLS, here or at our ingress
   */
  public static Map<String, String> forRequest(
      URI requestUri, boolean https, String referrerPolicy, Duration hstsMaxAge) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_SECURITY_POLICY, contentSecurityPolicy(requestUri));
    headers.put(X_CONTENT_TYPE_OPTIONS, "nosniff");
    headers.put(REFERRER_POLICY, referrerPolicy);
    headers.put(X_FRAME_OPTIONS, "DENY");
    if (https) {
      headers.put(
          STRICT_TRANSPORT_SECURITY, "max-age=" + hstsMaxAge.toSeconds() + "; includeSubDomains");
    }
    return headers;
  }

  static String contentSecurityPolicy(URI requestUri) {
    return "default-src 'self'; frame-ancestors 'none'; connect-src 'self'"
        + webSocketSources(requestUri)
        + "; img-src 'self' data:; style-src 'self'; script-src 'self'";
  }

  /**
   * The dashboard's /ws socket on this same host. CSP 3 counts it as 'self' already; older browsers
   * need it spelled out.
   */
  private static String webSocketSources(URI requestUri) {
    String host = requestUri.getHost();
    if (host == null || !SAFE_HOST.matcher(host).matches()) {
      return "";
    }
    String authority = requestUri.getPort() > 0 ? host + ":" + requestUri.getPort() : host;
    return " ws://" + authority + " wss://" + authority;
  }
}
