package com.tutormax.api.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsLongMixedPasswords() {
    assertThat(PasswordPolicy.violations("Correct-Horse-42", "ada@x.org")).isEmpty();
    assertThat(PasswordPolicy.violations("correct horse battery 42", "ada@x.org")).isEmpty();
  }

  @Test
  void refusesShortSingleClassLongAndPersonalPasswords() {
    assertThat(PasswordPolicy.violations("Sh0rt!", "a@x.org"))
        .containsExactly("must be at least 12 characters");
    assertThat(PasswordPolicy.violations("alllowercaseletters", "a@x.org")).hasSize(1);
    assertThat(PasswordPolicy.violations("Aa1!".repeat(33), "a@x.org"))
        .contains("must be at most 128 characters");
    assertThat(PasswordPolicy.violations("Lovelace-Rules-1", "lovelace@x.org"))
        .contains("must not contain the e-mail name");
    assertThat(PasswordPolicy.violations(null, "a@x.org")).isNotEmpty();
  }

  @Test
  void lockoutStartsAtTheLimitAndEndsAfterTheCoolDown() {
    Lockout lockout = new Lockout(5, Duration.ofMinutes(15));
    Instant now = Instant.parse("2026-11-02T10:00:00Z");
    assertThat(lockout.lockAfterFailure(4, now)).isNull();
    Instant until = lockout.lockAfterFailure(5, now);
    assertThat(until).isEqualTo(now.plus(Duration.ofMinutes(15)));
    assertThat(lockout.isLocked(until, now.plusSeconds(60))).isTrue();
    assertThat(lockout.isLocked(until, until.plusSeconds(1))).isFalse();
    assertThat(lockout.isLocked(null, now)).isFalse();
  }
}
