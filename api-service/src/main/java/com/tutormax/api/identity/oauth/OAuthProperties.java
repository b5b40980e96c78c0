package com.tutormax.api.identity.oauth;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OIDC sign-in providers (Google, Microsoft, a custom one) from GOOGLE_CLIENT_ID/SECRET,
 * MICROSOFT_CLIENT_ID/SECRET and CUSTOM_OAUTH_CLIENT_ID/SECRET/ISSUER. A provider without its
 * credentials is not offered. Callbacks come to OAUTH_REDIRECT_BASE_URL (the public gateway).
 */
@ConfigurationProperties("tutormax.oauth")
public record OAuthProperties(
    String redirectBaseUrl, String dashboardUrl, Map<String, Provider> providers) {

  /** One OIDC provider. */
  public record Provider(
      String name, String clientId, String clientSecret, String issuer, List<String> scopes) {

    public boolean configured() {
      return notBlank(clientId) && notBlank(clientSecret) && notBlank(issuer);
    }

    private static boolean notBlank(String value) {
      return value != null && !value.isBlank();
    }
  }

  public String callbackUrl(String provider) {
    return redirectBaseUrl.replaceFirst("/+$", "") + "/api/auth/oauth/" + provider + "/callback";
  }
}
