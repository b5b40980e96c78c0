package com.tutormax.api.notes.persistence;

import com.tutormax.api.notes.domain.ManagerNote;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** core.manager_notes (changeset core/013). */
@Repository
public class NoteStore {

  private static final String COLUMNS =
      "SELECT note_id, tutor_id, author_id, author_email, body, created_at, updated_at"
          + " FROM manager_notes";

  private final DatabaseClient db;

  public NoteStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<ManagerNote> insert(ManagerNote note) {
    return db.sql(
            "INSERT INTO manager_notes (note_id, tutor_id, author_id, author_email, body,"
                + " created_at, updated_at) VALUES (:id, :tutor, :author, :email, :body, :at, :at)")
        .bind("id", note.noteId())
        .bind("tutor", note.tutorId())
        .bind("author", note.authorId())
        .bind("email", Parameter.fromOrEmpty(note.authorEmail(), String.class))
        .bind("body", note.body())
        .bind("at", note.createdAt())
        .then()
        .thenReturn(note);
  }

  /** A tutor's notes, newest first. */
  public Mono<List<ManagerNote>> ofTutor(String tutorId, int limit) {
    return db.sql(COLUMNS + " WHERE tutor_id = :tutor ORDER BY created_at DESC, note_id LIMIT :n")
        .bind("tutor", tutorId)
        .bind("n", limit)
        .map(NoteStore::note)
        .all()
        .collectList();
  }

  public Mono<ManagerNote> find(String tutorId, UUID noteId) {
    return db.sql(COLUMNS + " WHERE note_id = :id AND tutor_id = :tutor")
        .bind("id", noteId)
        .bind("tutor", tutorId)
        .map(NoteStore::note)
        .one();
  }

  public Mono<ManagerNote> updateBody(UUID noteId, String body, Instant at) {
    return db.sql(
            "UPDATE manager_notes SET body = :body, updated_at = :at WHERE note_id = :id"
                + " RETURNING note_id, tutor_id, author_id, author_email, body, created_at,"
                + " updated_at")
        .bind("id", noteId)
        .bind("body", body)
        .bind("at", at)
        .map(NoteStore::note)
        .one();
  }

  public Mono<Long> delete(UUID noteId) {
    return db.sql("DELETE FROM manager_notes WHERE note_id = :id")
        .bind("id", noteId)
        .fetch()
        .rowsUpdated();
  }

  private static ManagerNote note(Readable row) {
    return new ManagerNote(
        row.get("note_id", UUID.class),
        row.get("tutor_id", String.class),
        row.get("author_id", String.class),
        row.get("author_email", String.class),
        row.get("body", String.class),
        row.get("created_at", Instant.class),
        row.get("updated_at", Instant.class));
  }
}
