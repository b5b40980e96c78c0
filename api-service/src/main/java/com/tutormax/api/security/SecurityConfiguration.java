package com.tutormax.api.security;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Who may call what on api-service. Public routes are listed one by one; everything not listed is
 * denied, so a new route is closed until it gets a rule.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Routes anyone may call: health, docs and the sign-in flow. */
  static final String[] PUBLIC =
      new String[] {
        "/actuator/health/**",
        "/actuator/prometheus",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        "/health",
        "/api/health/**",
        "/api/workers/health",
        "/api/auth/login",
        "/api/auth/refresh",
        "/api/auth/logout"
      };

  @Bean
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .authorizeExchange(
            rules ->
                rules
                    .pathMatchers(HttpMethod.OPTIONS, "/**")
                    .permitAll()
                    .pathMatchers(PUBLIC)
                    .permitAll()
                    .pathMatchers("/api/auth/me", "/api/auth/password")
                    .authenticated()
                    .pathMatchers("/api/admin/**")
                    .hasRole("ADMIN")
                    .pathMatchers("/api/workers/**")
                    .hasAnyRole("ADMIN", "OPS_MANAGER")
                    .anyExchange()
                    .denyAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                    .authenticationEntryPoint(
                        (exchange, e) ->
                            ProblemResponses.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "A valid access token is required"))
                    .accessDeniedHandler(
                        (exchange, e) ->
                            ProblemResponses.write(
                                exchange, HttpStatus.FORBIDDEN, "Your role may not do this")))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (exchange, e) ->
                            ProblemResponses.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "A valid access token is required"))
                    .accessDeniedHandler(
                        (exchange, e) ->
                            ProblemResponses.write(
                                exchange, HttpStatus.FORBIDDEN, "Your role may not do this")))
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
