package com.tutormax.api.identity.oauth;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The OIDC protocol with one provider: discovery, the authorization URL (code flow with state,
 * nonce and PKCE), the code exchange and the ID token's verification (signature from the provider's
 * JWKS, issuer, audience, expiry).
 */
@Component
class OidcClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The endpoints a provider publishes at /.well-known/openid-configuration. */
  record Discovery(
      String issuer, String authorization_endpoint, String token_endpoint, String jwks_uri) {}

  /** The token endpoint's answer; only the ID token is used. */
  record TokenResponse(String id_token) {}

  private final WebClient web;
  private final Map<String, Mono<Discovery>> discoveries = new ConcurrentHashMap<>();
  private final Map<String, ReactiveJwtDecoder> decoders = new ConcurrentHashMap<>();

  OidcClient() {
    this.web = WebClient.create();
  }

  Mono<Discovery> discovery(OAuthProperties.Provider provider) {
    return discoveries.computeIfAbsent(
        provider.issuer(),
        issuer ->
            web.get()
                .uri(issuer.replaceFirst("/+$", "") + "/.well-known/openid-configuration")
                .retrieve()
                .bodyToMono(Discovery.class)
                .timeout(TIMEOUT)
                .retryWhen(Retry.backoff(2, Duration.ofMillis(200)))
                // Keep a good answer; forget a failure so the next sign-in tries again.
                .doOnError(e -> discoveries.remove(issuer))
                .cache());
  }

  Mono<String> authorizationUrl(
      OAuthProperties.Provider provider,
      String callbackUrl,
      String state,
      String nonce,
      String verifier) {
    return discovery(provider)
        .map(
            d ->
                UriComponentsBuilder.fromUriString(d.authorization_endpoint())
                    .queryParam("response_type", "code")
                    .queryParam("client_id", provider.clientId())
                    .queryParam("redirect_uri", callbackUrl)
                    .queryParam("scope", String.join(" ", provider.scopes()))
                    .queryParam("state", state)
                    .queryParam("nonce", nonce)
                    .queryParam("code_challenge", Pkce.challenge(verifier))
                    .queryParam("code_challenge_method", "S256")
                    .encode()
                    .build()
                    .toUriString());
  }

  /** Exchanges the code for tokens and returns the verified ID token. */
  Mono<Jwt> exchange(
      OAuthProperties.Provider provider, String callbackUrl, String code, String verifier) {
    return discovery(provider)
        .flatMap(
            d -> {
              MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
              form.add("grant_type", "authorization_code");
              form.add("code", code);
              form.add("redirect_uri", callbackUrl);
              form.add("code_verifier", verifier);
              return web.post()
                  .uri(d.token_endpoint())
                  .headers(h -> h.setBasicAuth(provider.clientId(), provider.clientSecret()))
                  .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                  .accept(MediaType.APPLICATION_JSON)
                  .body(BodyInserters.fromFormData(form))
                  .retrieve()
                  .bodyToMono(TokenResponse.class)
                  .timeout(TIMEOUT)
                  .flatMap(tokens -> decoder(provider, d).decode(tokens.id_token()));
            });
  }

  private ReactiveJwtDecoder decoder(OAuthProperties.Provider provider, Discovery discovery) {
    return decoders.computeIfAbsent(
        provider.issuer(),
        issuer -> {
          NimbusReactiveJwtDecoder decoder =
              NimbusReactiveJwtDecoder.withJwkSetUri(discovery.jwks_uri())
                  .jwsAlgorithms(
                      algorithms ->
                          algorithms.addAll(
                              List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256)))
                  .build();
          decoder.setJwtValidator(
              new DelegatingOAuth2TokenValidator<>(
                  new JwtTimestampValidator(),
                  issuerValidator(discovery.issuer()),
                  audienceValidator(provider.clientId())));
          return decoder;
        });
  }

  /** Exact issuer, or Microsoft's multi-tenant template with {tenantid} for any tenant. */
  static OAuth2TokenValidator<Jwt> issuerValidator(String expected) {
    Pattern pattern =
        Pattern.compile(Pattern.quote(expected).replace("{tenantid}", "\\E[0-9a-fA-F-]{36}\\Q"));
    return jwt ->
        jwt.getIssuer() != null && pattern.matcher(jwt.getIssuer().toString()).matches()
            ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(
                new OAuth2Error("invalid_token", "unexpected issuer", null));
  }

  static OAuth2TokenValidator<Jwt> audienceValidator(String clientId) {
    return jwt ->
        jwt.getAudience() != null && jwt.getAudience().contains(clientId)
            ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(
                new OAuth2Error("invalid_token", "ID token is for another client", null));
  }
}
