package com.tutormax.api.notifications.domain;

import java.util.Objects;

/**
 * Who a notice is for: their role (STUDENT, TUTOR, OPS_MANAGER, PEOPLE_OPS), their id in that role
 * (student id, tutor id, user id) and their email, or null where none is held (students have none).
 */
public record Recipient(String role, String id, String email) {

  public Recipient {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(id, "id");
  }

  public static Recipient student(String studentId) {
    return new Recipient("STUDENT", studentId, null);
  }

  public static Recipient tutor(String tutorId, String email) {
    return new Recipient("TUTOR", tutorId, email);
  }

  public static Recipient opsManager(String userId, String email) {
    return new Recipient("OPS_MANAGER", userId, email);
  }

  /** A people-ops user (the assignee of an intervention task). */
  public static Recipient peopleOps(String userId, String email) {
    return new Recipient("PEOPLE_OPS", userId, email);
  }
}
