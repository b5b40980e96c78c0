package com.tutormax.api.ingest.service;

import com.tutormax.api.identity.service.AccessTokens;
import com.tutormax.api.ingest.config.IngestProperties;
import com.tutormax.api.ingest.domain.IntegrationClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Access tokens of integration clients: HS256 like a user's (issuer "tutormax", checked by every
 * service), subject the client id, the single role INTEGRATION, and short-lived. There is no
 * refresh token; a client asks again with its secret.
 */
@Component
public class ClientTokens {

  private final JwtEncoder encoder;
  private final IngestProperties properties;
  private final Clock clock;

  public ClientTokens(JwtEncoder encoder, IngestProperties properties, Clock clock) {
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

  public String issue(IntegrationClient client) {
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(AccessTokens.ISSUER)
            .subject(client.id().toString())
            .issuedAt(now)
            .expiresAt(now.plus(properties.clientTokenTtl()))
            .claim("roles", List.of(IntegrationClient.ROLE))
            .claim("client_name", client.name())
            .build();
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }

  public long ttlSeconds() {
    return properties.clientTokenTtl().toSeconds();
  }
}
