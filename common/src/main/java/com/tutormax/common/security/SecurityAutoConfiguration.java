package com.tutormax.common.security;

import com.tutormax.common.config.TutorMaxProperties;
import java.util.Collection;
import java.util.List;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;

/**
 * Every service verifies the access token again (HS256 with the key from SECRET_KEY, issuer
 * "tutormax", not expired) and enforces roles on every route: the fleet-wide public routes, then
 * the service's {@link AccessRules}, then deny.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.security.autoconfigure.ReactiveSecurityAutoConfiguration")
@ConditionalOnClass(ServerHttpSecurity.class)
@EnableWebFluxSecurity
public class SecurityAutoConfiguration {

  public static final String ISSUER = "tutormax";

  /** Routes anyone may call on every service: probes, metrics and API docs. */
  public static final String[] FLEET_PUBLIC = {
    "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/v3/api-docs",
    "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"
  };

  private static final ServerAuthenticationEntryPoint UNAUTHORIZED =
      (exchange, e) ->
          ProblemResponses.write(
              exchange, HttpStatus.UNAUTHORIZED, "A valid access token is required");

  private static final ServerAccessDeniedHandler FORBIDDEN =
      (exchange, e) ->
          ProblemResponses.write(exchange, HttpStatus.FORBIDDEN, "Your role may not do this");

  @Bean
  @ConditionalOnMissingBean
  SecretKey jwtSigningKey(TutorMaxProperties properties) {
    return SigningKey.fromSecret(properties.security().secretKey());
  }

  @Bean
  @ConditionalOnMissingBean
  ReactiveJwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withSecretKey(jwtSigningKey)
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
    return decoder;
  }

  @Bean
  @ConditionalOnMissingBean
  SecurityWebFilterChain tutormaxSecurityFilterChain(
      ServerHttpSecurity http, ObjectProvider<AccessRules> serviceRules) {
    ServerBearerTokenAuthenticationConverter bearer =
        new ServerBearerTokenAuthenticationConverter();
    // Browsers cannot set headers on a WebSocket handshake; the token may come as access_token.
    bearer.setAllowUriQueryParameter(true);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .authorizeExchange(
            rules -> {
              rules.pathMatchers(HttpMethod.OPTIONS, "/**").permitAll();
              rules.pathMatchers(FLEET_PUBLIC).permitAll();
              serviceRules.orderedStream().forEach(r -> r.configure(rules));
              rules.anyExchange().denyAll();
            })
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .bearerTokenConverter(bearer)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                    .authenticationEntryPoint(UNAUTHORIZED)
                    .accessDeniedHandler(FORBIDDEN))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
        .build();
  }

  /** The token's "roles" claim becomes ROLE_ authorities. */
  static Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesFromClaim() {
    Converter<Jwt, AbstractAuthenticationToken> converter =
        jwt -> {
          List<String> roles = jwt.getClaimAsStringList("roles");
          Collection<GrantedAuthority> authorities =
              roles == null
                  ? List.of()
                  : roles.stream()
                      .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                      .toList();
          return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    return new ReactiveJwtAuthenticationConverterAdapter(converter);
  }
}
