package com.tutormax.api.records.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.records.domain.Feedback;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.RecordCounts;
import com.tutormax.api.records.domain.RecordQueries.ActivityQuery;
import com.tutormax.api.records.domain.RecordQueries.FeedbackQuery;
import com.tutormax.api.records.domain.RecordQueries.SessionQuery;
import com.tutormax.api.records.domain.RecordQueries.TutorQuery;
import com.tutormax.api.records.domain.Student;
import com.tutormax.api.records.domain.StudentNameCipher;
import com.tutormax.api.records.domain.StudentNameCipher.UnreadableNameException;
import com.tutormax.api.records.domain.Tutor;
import com.tutormax.api.records.domain.TutorActivity;
import com.tutormax.api.records.domain.TutoringSession;
import com.tutormax.api.records.domain.Viewer;
import com.tutormax.api.records.persistence.ActivityStore;
import com.tutormax.api.records.persistence.CountsStore;
import com.tutormax.api.records.persistence.FeedbackStore;
import com.tutormax.api.records.persistence.SessionStore;
import com.tutormax.api.records.persistence.StudentStore;
import com.tutormax.api.records.persistence.StudentStore.StoredStudent;
import com.tutormax.api.records.persistence.TutorStore;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Reads of the system of record, scoped to the viewer. A tutor asking for another tutor's data gets
 * the same 404 as for data that does not exist, so ids of other tutors' records reveal nothing.
 * Student reads (the only decrypted names) are audited.
 */
@Service
public class RecordReader {

  private static final Logger log = LoggerFactory.getLogger(RecordReader.class);

  private final TutorStore tutors;
  private final StudentStore students;
  private final SessionStore sessions;
  private final FeedbackStore feedback;
  private final ActivityStore activity;
  private final CountsStore counts;
  private final StudentNameCipher cipher;
  private final AuditLog audit;

  public RecordReader(
      TutorStore tutors,
      StudentStore students,
      SessionStore sessions,
      FeedbackStore feedback,
      ActivityStore activity,
      CountsStore counts,
      StudentNameCipher cipher,
      AuditLog audit) {
    this.tutors = tutors;
    this.students = students;
    this.sessions = sessions;
    this.feedback = feedback;
    this.activity = activity;
    this.counts = counts;
    this.cipher = cipher;
    this.audit = audit;
  }

  /** The staff member reading a student, for the audit log. */
  public record Reader(UUID id, String email) {}

  public Mono<Page<Tutor>> tutors(Viewer viewer, TutorQuery query, PageRequest page) {
    if (!viewer.mayList(null)) {
      return notFound("No tutor record is linked to this account");
    }
    return tutors.page(query.withTutorId(viewer.listFilter(null)), page);
  }

  public Mono<Tutor> tutor(Viewer viewer, String tutorId) {
    if (!viewer.maySee(tutorId)) {
      return notFound("No such tutor");
    }
    return tutors.find(tutorId).switchIfEmpty(notFound("No such tutor"));
  }

  public Mono<Page<TutoringSession>> sessions(Viewer viewer, SessionQuery query, PageRequest page) {
    if (!viewer.mayList(query.tutorId())) {
      return notFound("No such tutor");
    }
    return sessions.page(query.withTutorId(viewer.listFilter(query.tutorId())), page);
  }

  public Mono<TutoringSession> session(Viewer viewer, String sessionId) {
    return sessions
        .find(sessionId)
        .filter(session -> viewer.maySee(session.tutorId()))
        .switchIfEmpty(notFound("No such session"));
  }

  public Mono<Page<Feedback>> feedback(Viewer viewer, FeedbackQuery query, PageRequest page) {
    if (viewer.isStudent()) {
      // A student's list is always their own ratings, with their own ids in them.
      return feedback.page(query.withStudentId(viewer.studentId()), page);
    }
    if (!viewer.mayList(query.tutorId())) {
      return notFound("No such tutor");
    }
    return feedback
        .page(query.withTutorId(viewer.listFilter(query.tutorId())), page)
        .map(found -> viewer.staff() ? found : found.map(Feedback::withoutStudent));
  }

  public Mono<Page<TutorActivity>> activity(Viewer viewer, ActivityQuery query, PageRequest page) {
    if (!viewer.maySee(query.tutorId())) {
      return notFound("No such tutor");
    }
    return activity.page(query, page);
  }

  /** A student with the name decrypted; staff only, and every read is audited. */
  public Mono<Student> student(Viewer viewer, Reader reader, String studentId, ClientInfo client) {
    if (!viewer.staff()) {
      return Mono.error(
          new ResponseStatusException(HttpStatus.FORBIDDEN, "Only staff may read students"));
    }
    return students
        .find(studentId)
        .switchIfEmpty(notFound("No such student"))
        .map(this::decrypted)
        .flatMap(
            student ->
                audit
                    .record(
                        new AuditEntry(
                            reader.id(),
                            reader.email(),
                            "STUDENT_READ",
                            "student",
                            studentId,
                            Outcome.SUCCESS,
                            client.ip(),
                            client.userAgent(),
                            null))
                    .thenReturn(student));
  }

  public Mono<RecordCounts> counts() {
    return counts.counts();
  }

  private Student decrypted(StoredStudent stored) {
    try {
      return new Student(
          stored.studentId(),
          cipher.decrypt(stored.nameEnc(), stored.studentId()),
          stored.age(),
          stored.gradeLevel(),
          stored.parentalConsent(),
          stored.registeredAt(),
          stored.source());
    } catch (UnreadableNameException e) {
      log.error("Student {}: {}", stored.studentId(), e.getMessage());
      throw new ResponseStatusException(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "The student's name cannot be decrypted with this service's SECRET_KEY");
    }
  }

  private static <T> Mono<T> notFound(String detail) {
    return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, detail));
  }
}
