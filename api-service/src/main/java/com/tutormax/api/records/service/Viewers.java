package com.tutormax.api.records.service;

import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.records.domain.Viewer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who is reading, from the verified access token. Staff roles see everything; a tutor is linked to
 * their tutor record by the token's tutor_id claim, or, for a token without it, by their account.
 */
@Component
public class Viewers {

  static final Set<String> STAFF = Set.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");

  private final UserRepository users;

  public Viewers(UserRepository users) {
    this.users = users;
  }

  public Mono<Viewer> of(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    if (roles == null) {
      return Mono.just(Viewer.tutor(null));
    }
    if (roles.stream().anyMatch(STAFF::contains)) {
      return Mono.just(Viewer.staffMember());
    }
    if (!roles.contains("TUTOR")) {
      return Mono.just(Viewer.tutor(null));
    }
    String claimed = jwt.getClaimAsString("tutor_id");
    if (claimed != null) {
      return Mono.just(Viewer.tutor(claimed));
    }
    UUID userId = userId(jwt.getSubject());
    if (userId == null) {
      return Mono.just(Viewer.tutor(null));
    }
    return users
        .findById(userId)
        .map(user -> Viewer.tutor(user.tutorId()))
        .defaultIfEmpty(Viewer.tutor(null));
  }

  private static UUID userId(String subject) {
    try {
      return subject == null ? null : UUID.fromString(subject);
    } catch (IllegalArgumentException notAUserId) {
      return null;
    }
  }
}
