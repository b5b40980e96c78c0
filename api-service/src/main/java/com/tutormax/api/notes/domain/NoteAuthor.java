package com.tutormax.api.notes.domain;

/**
 * The signed-in person acting on notes, from the verified access token only: its subject (the
 * user's id), its e-mail claim, and whether they are an ADMIN.
 */
public record NoteAuthor(String id, String email, boolean admin) {

  /** Only the author edits a note: nobody may put words under someone else's name. */
  public boolean mayEdit(ManagerNote note) {
    return id.equals(note.authorId());
  }

  /**
   * The author deletes their note; an ADMIN may delete anyone's (a note that must not stay, e.g.
   * one naming a student or written by someone who left), and the deletion is audited.
   */
  public boolean mayDelete(ManagerNote note) {
    return admin || mayEdit(note);
  }
}
