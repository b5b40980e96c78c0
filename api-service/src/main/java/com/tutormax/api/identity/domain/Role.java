package com.tutormax.api.identity.domain;

/**
 * The roles of the PRD's users. Only an admin assigns them. Integration clients are not users:
 * their tokens carry INTEGRATION (see ingest), which no user can be given.
 */
public enum Role {
  ADMIN,
  OPS_MANAGER,
  PEOPLE_OPS,
  TUTOR,
  STUDENT;

  /** Spring Security authority name. */
  public String authority() {
    return "ROLE_" + name();
  }
}
