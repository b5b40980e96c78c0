package com.tutormax.api.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.testing.TestTokens;
import com.tutormax.oidctest.TestOidcProvider;
import com.tutormax.testsupport.ServiceIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sign-in through a real OIDC provider (Spring Authorization Server started here): the browser's
 * redirects are followed by a plain HTTP client with cookies, including the provider's login form.
 * State, nonce and PKCE are checked by the provider and by us.
 */
@ServiceIntegrationTest
class OidcSignInIntegrationTest {

  private static final String PUBLIC_BASE = "http://tutormax.test";
  private static final String DASHBOARD = "http://dashboard.test";
  private static ConfigurableApplicationContext provider;

  @Value("${local.server.port}")
  int port;

  @Autowired WebTestClient web;

  @DynamicPropertySource
  static void oauth(DynamicPropertyRegistry registry) {
    provider = TestOidcProvider.start(PUBLIC_BASE + "/api/auth/oauth/custom/callback");
    String issuer =
        "http://localhost:" + provider.getEnvironment().getProperty("local.server.port");
    registry.add("tutormax.oauth.providers.custom.client-id", () -> TestOidcProvider.CLIENT_ID);
    registry.add(
        "tutormax.oauth.providers.custom.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    registry.add("tutormax.oauth.providers.custom.issuer", () -> issuer);
    registry.add("tutormax.oauth.redirect-base-url", () -> PUBLIC_BASE);
    registry.add("tutormax.oauth.dashboard-url", () -> DASHBOARD);
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  /** A browser: cookies kept, redirects followed by hand so each hop can be checked. */
  private HttpClient browser = newBrowser();

  private static HttpClient newBrowser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private HttpResponse<String> get(String url) throws Exception {
    // The provider redirects to TutorMax's public URL; in the test that is this service.
    String local =
        url.startsWith(PUBLIC_BASE)
            ? "http://localhost:" + port + url.substring(PUBLIC_BASE.length())
            : url;
    return browser.send(
        HttpRequest.newBuilder(URI.create(local))
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<?> response) {
    assertThat(response.statusCode()).as("redirect from %s", response.uri()).isIn(302, 303);
    String location = response.headers().firstValue("Location").orElseThrow();
    return location.startsWith("/") ? response.uri().resolve(location).toString() : location;
  }

  /** Runs the whole browser flow for one person; returns the final redirect to the dashboard. */
  private String signIn(String person) throws Exception {
    browser = newBrowser(); // a fresh browser: not yet signed in at the provider
    String toProvider =
        location(
            get("http://localhost:" + port + "/api/auth/oauth/custom/authorize?redirect=/tutors"));
    assertThat(toProvider)
        .contains("code_challenge=")
        .contains("code_challenge_method=S256")
        .contains("nonce=");
    String toLogin = location(get(toProvider));
    HttpResponse<String> loginPage = get(toLogin);
    // The first redirect carries the session in the URL (;jsessionid=); the next one drops it.
    for (int hop = 0; hop < 3 && loginPage.statusCode() == 302; hop++) {
      toLogin = location(loginPage);
      loginPage = get(toLogin);
    }
    Matcher csrf =
        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
    assertThat(csrf.find())
        .as(
            "login form with a CSRF token: %s %s %s (from %s)",
            loginPage.statusCode(), loginPage.headers().map(), loginPage.body(), toLogin)
        .isTrue();
    HttpResponse<String> loggedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(toLogin))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + person
                            + "&password="
                            + TestOidcProvider.PASSWORD
                            + "&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String backToAuthorize = location(loggedIn);
    String toCallback = location(get(backToAuthorize));
    assertThat(toCallback).startsWith(PUBLIC_BASE + "/api/auth/oauth/custom/callback?code=");
    lastCallback = toCallback;
    return location(get(toCallback));
  }

  private String lastCallback;

  private static Map<String, String> fragment(String url) {
    String fragment = url.substring(url.indexOf('#') + 1);
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (String pair : fragment.split("&")) {
      String[] kv = pair.split("=", 2);
      values.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return values;
  }

  @Test
  void onlyConfiguredProvidersAreOffered() {
    web.get()
        .uri("/api/auth/oauth/providers")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(1)
        .jsonPath("$[0].id")
        .isEqualTo("custom");
    web.get()
        .uri("/api/auth/oauth/google/authorize")
        .exchange()
        .expectStatus()
        .isFound()
        .expectHeader()
        .valueEquals("Location", DASHBOARD + "/login?error=unknown_provider");
  }

  @Test
  void aNewPersonSignsInWithoutAnyStaffRoleAndTheCallbackCannotBeReplayed() throws Exception {
    String done = signIn("ada");
    assertThat(done).startsWith(DASHBOARD + "/login/callback#access_token=");
    Map<String, String> session = fragment(done);
    assertThat(session.get("redirect")).isEqualTo("/tutors");
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth(session.get("access_token")))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(TestOidcProvider.email("ada"))
        .jsonPath("$.roles.length()")
        .isEqualTo(0);
    // The same callback again: its state was used up.
    assertThat(location(get(lastCallback))).isEqualTo(DASHBOARD + "/login?error=invalid_state");
    // A second sign-in finds the same account through its link.
    String again = fragment(signIn("ada")).get("access_token");
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth(again))
        .exchange()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(TestOidcProvider.email("ada"));
  }

  @Test
  void aVerifiedEmailLinksToTheExistingAccountAndKeepsItsRoles() throws Exception {
    String admin = TestTokens.forRoles("ADMIN");
    web.post()
        .uri("/api/admin/users")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(
            Map.of(
                "email",
                TestOidcProvider.email("grace"),
                "name",
                "Grace Staff",
                "password",
                "Sturdy-Passw0rd!",
                "roles",
                List.of("OPS_MANAGER")))
        .exchange()
        .expectStatus()
        .isCreated();
    String token = fragment(signIn("grace")).get("access_token");
    web.get()
        .uri("/api/auth/me")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Grace Staff")
        .jsonPath("$.roles[0]")
        .isEqualTo("OPS_MANAGER");
  }

  @Test
  void anUnverifiedEmailIsRefused() throws Exception {
    assertThat(signIn("mallory")).isEqualTo(DASHBOARD + "/login?error=email_not_verified");
  }

  @Test
  void aForgedStateOrAnOffSiteRedirectGoesNowhere() throws Exception {
    assertThat(
            location(
                get(
                    "http://localhost:"
                        + port
                        + "/api/auth/oauth/custom/callback?code=x&state=forged")))
        .isEqualTo(DASHBOARD + "/login?error=invalid_state");
    assertThat(OAuthService.safeRedirect("https://evil.example")).isEqualTo("/");
    assertThat(OAuthService.safeRedirect("//evil.example")).isEqualTo("/");
    assertThat(OAuthService.safeRedirect("/tutors/7")).isEqualTo("/tutors/7");
  }
}
