package com.tutormax.api.identity.config;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.security.SigningKey;
import javax.crypto.SecretKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class IdentityConfiguration {

  @Bean
  SecretKey jwtSigningKey(TutorMaxProperties properties) {
    return SigningKey.fromSecret(properties.security().secretKey());
  }

  @Bean
  PasswordEncoder passwordEncoder(AuthProperties properties) {
    return new BCryptPasswordEncoder(properties.bcryptStrength());
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(jwtSigningKey));
  }

  @Bean
  ReactiveJwtDecoder jwtDecoder(SecretKey jwtSigningKey) {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withSecretKey(jwtSigningKey)
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    decoder.setJwtValidator(
        JwtValidators.createDefaultWithIssuer(
            com.tutormax.api.identity.service.AccessTokens.ISSUER));
    return decoder;
  }
}
