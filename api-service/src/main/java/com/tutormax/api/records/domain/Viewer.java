package com.tutormax.api.records.domain;

/**
 * Who reads records. Staff (admin, operations, people ops) see every tutor's rows; a tutor sees
 * only rows of their own tutor record ({@code tutorId}, null when the account is not linked to one,
 * which then sees nothing); a student sees only the feedback they gave ({@code studentId}).
 */
public record Viewer(boolean staff, String tutorId, String studentId) {

  public static Viewer staffMember() {
    return new Viewer(true, null, null);
  }

  public static Viewer tutor(String tutorId) {
    return new Viewer(false, tutorId, null);
  }

  public static Viewer student(String studentId) {
    return new Viewer(false, null, studentId);
  }

  public boolean isStudent() {
    return !staff && tutorId == null && studentId != null;
  }

  /** Whether rows of {@code rowTutorId} are visible. */
  public boolean maySee(String rowTutorId) {
    return staff || (tutorId != null && tutorId.equals(rowTutorId));
  }

  /** Whether a list filtered to {@code requestedTutorId} (null: every tutor) is visible. */
  public boolean mayList(String requestedTutorId) {
    return staff || (tutorId != null && (requestedTutorId == null || maySee(requestedTutorId)));
  }

  /** The tutor filter a visible list runs with: a tutor's lists are always their own. */
  public String listFilter(String requestedTutorId) {
    return staff ? requestedTutorId : tutorId;
  }
}
