package com.tutormax.api.records.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.records.persistence.StudentStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Parental consent (COPPA) as staff record it when a parent gives or withdraws it. Withdrawn
 * consent stops new ratings of a child under 13 from being stored or submitted; what is held
 * already is removed on request through erasure. Every change is audited.
 */
@Service
public class StudentConsents {

  private final StudentStore students;
  private final AuditLog audit;

  public StudentConsents(StudentStore students, AuditLog audit) {
    this.students = students;
    this.audit = audit;
  }

  public Mono<Void> record(
      RecordReader.Reader staff, String studentId, boolean consent, ClientInfo client) {
    return students
        .setParentalConsent(studentId, consent)
        .flatMap(
            found ->
                found
                    ? audit.record(
                        new AuditEntry(
                            staff.id(),
                            staff.email(),
                            consent ? "STUDENT_CONSENT_RECORDED" : "STUDENT_CONSENT_WITHDRAWN",
                            "student",
                            studentId,
                            Outcome.SUCCESS,
                            client.ip(),
                            client.userAgent(),
                            null))
                    : Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No such student")));
  }
}
