package com.tutormax.api.identity.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who can sign in. {@code passwordHash} is null for OAuth-only users. */
public record User(
    UUID id,
    String email,
    String displayName,
    String passwordHash,
    Status status,
    String tutorId,
    String studentId,
    int failedLogins,
    Instant lockedUntil,
    Set<Role> roles) {

  /** Whether the account may sign in at all. */
  public enum Status {
    ACTIVE,
    DISABLED
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }
}
