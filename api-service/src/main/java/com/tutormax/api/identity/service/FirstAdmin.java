package com.tutormax.api.identity.service;

import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.config.AuthProperties;
import com.tutormax.api.identity.domain.PasswordPolicy;
import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.UserRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from TUTORMAX_ADMIN_EMAIL / TUTORMAX_ADMIN_PASSWORD when no admin exists.
 * Nothing happens without both settings: there is no default password anywhere.
 */
@Component
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final UserRepository users;
  private final AuthService auth;
  private final AuditLog audit;
  private final AuthProperties properties;

  FirstAdmin(UserRepository users, AuthService auth, AuditLog audit, AuthProperties properties) {
    this.users = users;
    this.auth = auth;
    this.audit = audit;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    AuthProperties.FirstAdmin admin = properties.firstAdmin();
    if (admin == null || blank(admin.email()) || blank(admin.password())) {
      return;
    }
    Long admins = users.countWithRole(Role.ADMIN).block();
    if (admins != null && admins > 0) {
      return;
    }
    List<String> problems = PasswordPolicy.violations(admin.password(), admin.email());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "TUTORMAX_ADMIN_PASSWORD is refused: it " + String.join("; ", problems));
    }
    User created =
        auth.hash(admin.password())
            .flatMap(
                hash ->
                    users.insert(
                        new User(
                            UUID.randomUUID(),
                            admin.email().trim(),
                            blank(admin.name()) ? "Administrator" : admin.name(),
                            hash,
                            User.Status.ACTIVE,
                            null,
                            null,
                            0,
                            null,
                            EnumSet.of(Role.ADMIN))))
            .flatMap(
                user ->
                    audit
                        .record(
                            AuthService.entry(
                                null,
                                "system",
                                "FIRST_ADMIN_CREATE",
                                user.id(),
                                Outcome.SUCCESS,
                                null,
                                user.email()))
                        .thenReturn(user))
            .block();
    log.info("Created the first admin {}", created.email());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
