package com.tutormax.api.records.service;

import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.records.domain.Viewer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who is reading, from the verified access token. Staff roles see everything; a tutor (student) is
 * linked to their tutor (student) record by the token's tutor_id (student_id) claim, or, for a
 * token without it, by their account.
 */
@Component
public class Viewers {

  static final Set<String> STAFF = Set.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");

  /** A signed-in person linked to no record: sees nothing. */
  private static final Viewer NOBODY = Viewer.tutor(null);

  private final UserRepository users;

  public Viewers(UserRepository users) {
    this.users = users;
  }

  public Mono<Viewer> of(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    if (roles == null) {
      return Mono.just(NOBODY);
    }
    if (roles.stream().anyMatch(STAFF::contains)) {
      return Mono.just(Viewer.staffMember());
    }
    if (roles.contains("TUTOR")) {
      String claimed = jwt.getClaimAsString("tutor_id");
      return claimed != null
          ? Mono.just(Viewer.tutor(claimed))
          : linked(jwt).map(user -> Viewer.tutor(user.tutorId())).defaultIfEmpty(NOBODY);
    }
    if (roles.contains("STUDENT")) {
      String claimed = jwt.getClaimAsString("student_id");
      return claimed != null
          ? Mono.just(Viewer.student(claimed))
          : linked(jwt)
              .filter(user -> user.studentId() != null)
              .map(user -> Viewer.student(user.studentId()))
              .defaultIfEmpty(NOBODY);
    }
    return Mono.just(NOBODY);
  }

  /** The account behind a token without the link claim (issued before the link was made). */
  private Mono<User> linked(Jwt jwt) {
    UUID userId = userId(jwt.getSubject());
    return userId == null ? Mono.empty() : users.findById(userId);
  }

  private static UUID userId(String subject) {
    try {
      return subject == null ? null : UUID.fromString(subject);
    } catch (IllegalArgumentException notAUserId) {
      return null;
    }
  }
}
