package com.tutormax.api.identity.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings. The first admin comes from TUTORMAX_ADMIN_EMAIL / TUTORMAX_ADMIN_PASSWORD (the
 * local launcher generates the password and prints it once); there is no default password.
 */
@ConfigurationProperties("tutormax.auth")
public record AuthProperties(
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    int maxFailedLogins,
    Duration lockoutCoolDown,
    int bcryptStrength,
    FirstAdmin firstAdmin) {

  /** The admin created at start when no admin exists yet. */
  public record FirstAdmin(String email, String password, String name) {}
}
