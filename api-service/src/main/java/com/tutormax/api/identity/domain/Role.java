package com.tutormax.api.identity.domain;

/** The roles of the PRD's users. Only an admin assigns them. */
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
