package com.tutormax.api.identity.oauth;

import com.tutormax.api.identity.service.ClientInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * OIDC sign-in: the sign-in page lists the configured providers, sends the browser to /authorize,
 * and the provider sends it back to /callback, which hands the tokens to the dashboard in the URL
 * fragment (never sent to a server or written to a log).
 */
@RestController
@RequestMapping("/api/auth/oauth")
@Tag(name = "Auth", description = "Password sign-in, token refresh, sign-out")
class OAuthController {

  private final OAuthService oauth;
  private final OAuthProperties properties;

  OAuthController(OAuthService oauth, OAuthProperties properties) {
    this.oauth = oauth;
    this.properties = properties;
  }

  @GetMapping("/providers")
  @Operation(summary = "The configured sign-in providers (only those with credentials)")
  List<OAuthService.ProviderView> providers() {
    return oauth.providers();
  }

  @GetMapping("/{provider}/authorize")
  @Operation(summary = "Redirect to the provider (authorization code flow with state and PKCE)")
  Mono<ResponseEntity<Void>> authorize(
      @PathVariable String provider, @RequestParam(required = false) String redirect) {
    return oauth
        .authorize(provider, redirect)
        .map(url -> redirect(URI.create(url)))
        .onErrorResume(OAuthService.OAuthFailure.class, f -> Mono.just(failed(f.code())));
  }

  @GetMapping("/{provider}/callback")
  @Operation(summary = "The provider's redirect back; hands the session to the dashboard")
  Mono<ResponseEntity<Void>> callback(
      @PathVariable String provider,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String error,
      ServerHttpRequest request) {
    if (error != null) {
      return Mono.just(failed("provider_refused"));
    }
    return oauth
        .callback(provider, code, state, ClientInfo.of(request))
        .map(
            signedIn ->
                redirect(
                    URI.create(
                        dashboard()
                            + "/login/callback#access_token="
                            + signedIn.tokens().accessToken()
                            + "&refresh_token="
                            + signedIn.tokens().refreshToken()
                            + "&expires_in="
                            + signedIn.tokens().expiresIn()
                            + "&redirect="
                            + URLEncoder.encode(signedIn.redirect(), StandardCharsets.UTF_8))))
        .onErrorResume(OAuthService.OAuthFailure.class, f -> Mono.just(failed(f.code())));
  }

  private String dashboard() {
    return properties.dashboardUrl().replaceFirst("/+$", "");
  }

  private ResponseEntity<Void> failed(String code) {
    return redirect(URI.create(dashboard() + "/login?error=" + code));
  }

  private static ResponseEntity<Void> redirect(URI location) {
    return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
  }
}
