package com.tutormax.oidctest;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OIDC provider for tests: Spring Authorization Server on its own port, with one client
 * (TutorMax, PKCE required, no consent screen) and three people. Its ID tokens carry e-mail,
 * e-mail-verified and name; "mallory" has an unverified e-mail. Kept outside com.tutormax.api so
 * the service's component scan never sees it.
 */
@EnableAutoConfiguration(
    excludeName = {
      "com.tutormax.common.autoconfigure.BackboneAutoConfiguration",
      "com.tutormax.common.web.WebAutoConfiguration",
      "com.tutormax.common.security.SecurityAutoConfiguration",
      // Its reactive HTTP client resources are the JVM-wide Reactor Netty ones: closing this
      // context would dispose them under the api-service contexts of the same test JVM.
      "org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
      "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration"
    })
public class TestOidcProvider {

  public static final String CLIENT_ID = "tutormax";
  public static final String CLIENT_SECRET = "test-client-secret";
  public static final String PASSWORD = "idp-password";

  /** Starts the provider; the client may only redirect to {@code redirectUri}. */
  public static ConfigurableApplicationContext start(String redirectUri) {
    String client = "spring.security.oauth2.authorizationserver.client.tutormax.";
    return new SpringApplicationBuilder(TestOidcProvider.class)
        .web(WebApplicationType.SERVLET)
        .properties(
            "server.port=0",
            "spring.application.name=test-oidc-provider",
            // Not api-service's configuration: this is another application.
            "spring.config.name=test-oidc-provider",
            "server.servlet.session.tracking-modes=cookie",
            "management.endpoint.health.validate-group-membership=false",
            // The shared defaults expect a schema; nothing here connects to PostgreSQL.
            "tutormax.db.schema=unused",
            client + "registration.client-id=" + CLIENT_ID,
            client + "registration.client-secret={noop}" + CLIENT_SECRET,
            client + "registration.client-authentication-methods=client_secret_basic",
            client + "registration.authorization-grant-types=authorization_code",
            client + "registration.redirect-uris=" + redirectUri,
            client + "registration.scopes=openid,email,profile",
            client + "require-authorization-consent=false",
            client + "require-proof-key=true")
        .run();
  }

  @Bean
  UserDetailsService people() {
    return new InMemoryUserDetailsManager(person("ada"), person("grace"), person("mallory"));
  }

  private static org.springframework.security.core.userdetails.UserDetails person(String name) {
    return User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
  }

  /** ID tokens say who the person is, as Google or Microsoft would. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
    return context -> {
      if ("id_token".equals(context.getTokenType().getValue())) {
        String name = context.getPrincipal().getName();
        context
            .getClaims()
            .claim("email", email(name))
            .claim("email_verified", !"mallory".equals(name))
            .claim("name", Character.toUpperCase(name.charAt(0)) + name.substring(1));
      }
    };
  }

  public static String email(String name) {
    return name + "@idp.test";
  }
}
