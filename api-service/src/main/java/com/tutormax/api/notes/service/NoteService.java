package com.tutormax.api.notes.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.notes.domain.ManagerNote;
import com.tutormax.api.notes.domain.NoteAuthor;
import com.tutormax.api.notes.domain.NoteText;
import com.tutormax.api.notes.persistence.NoteStore;
import com.tutormax.api.records.persistence.TutorStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Manager notes on a tutor: staff write them, only the author edits one, the author or an ADMIN
 * deletes one. Every change, and every refused attempt, is audited.
 */
@Service
public class NoteService {

  /** The most notes one list returns (newest first). */
  public static final int MAX_LISTED = 200;

  private final NoteStore notes;
  private final TutorStore tutors;
  private final AuditLog audit;
  private final Clock clock;

  public NoteService(NoteStore notes, TutorStore tutors, AuditLog audit, Clock clock) {
    this.notes = notes;
    this.tutors = tutors;
    this.audit = audit;
    this.clock = clock;
  }

  public Mono<List<ManagerNote>> list(String tutorId) {
    return knownTutor(tutorId).then(notes.ofTutor(tutorId, MAX_LISTED));
  }

  public Mono<ManagerNote> create(
      NoteAuthor author, String tutorId, String body, ClientInfo client) {
    String text = valid(body);
    Instant now = now();
    return knownTutor(tutorId)
        .then(
            notes.insert(
                new ManagerNote(
                    UUID.randomUUID(), tutorId, author.id(), author.email(), text, now, now)))
        .flatMap(note -> audited(author, "NOTE_CREATED", note, Outcome.SUCCESS, client));
  }

  public Mono<ManagerNote> edit(
      NoteAuthor author, String tutorId, UUID noteId, String body, ClientInfo client) {
    String text = valid(body);
    return existing(tutorId, noteId)
        .flatMap(
            note ->
                author.mayEdit(note)
                    ? notes
                        .updateBody(noteId, text, now())
                        .flatMap(
                            changed ->
                                audited(author, "NOTE_UPDATED", changed, Outcome.SUCCESS, client))
                    : audited(author, "NOTE_UPDATED", note, Outcome.DENIED, client)
                        .then(forbidden("Only the author may edit a note")));
  }

  public Mono<Void> delete(NoteAuthor author, String tutorId, UUID noteId, ClientInfo client) {
    return existing(tutorId, noteId)
        .flatMap(
            note ->
                author.mayDelete(note)
                    ? notes
                        .delete(noteId)
                        .then(audited(author, "NOTE_DELETED", note, Outcome.SUCCESS, client))
                        .then()
                    : audited(author, "NOTE_DELETED", note, Outcome.DENIED, client)
                        .then(forbidden("Only the author or an admin may delete a note")));
  }

  private Mono<ManagerNote> existing(String tutorId, UUID noteId) {
    return notes
        .find(tutorId, noteId)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such note")));
  }

  private Mono<Void> knownTutor(String tutorId) {
    return tutors
        .find(tutorId)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such tutor")))
        .then();
  }

  private Mono<ManagerNote> audited(
      NoteAuthor author, String action, ManagerNote note, Outcome outcome, ClientInfo client) {
    return audit
        .record(
            new AuditEntry(
                userId(author.id()),
                author.email() != null ? author.email() : author.id(),
                action,
                "tutor",
                note.tutorId(),
                outcome,
                client.ip(),
                client.userAgent(),
                "note " + note.noteId()))
        .thenReturn(note);
  }

  private static String valid(String body) {
    String problem = NoteText.problem(body);
    if (problem != null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "body " + problem);
    }
    return body.strip();
  }

  /** Microseconds, as PostgreSQL keeps them, so what is answered is what is stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static <T> Mono<T> forbidden(String detail) {
    return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, detail));
  }

  private static UUID userId(String subject) {
    try {
      return UUID.fromString(subject);
    } catch (IllegalArgumentException notAUser) {
      return null;
    }
  }
}
