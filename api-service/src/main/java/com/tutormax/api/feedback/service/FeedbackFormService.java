package com.tutormax.api.feedback.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.feedback.config.FeedbackFormProperties;
import com.tutormax.api.feedback.domain.FeedbackAnswers;
import com.tutormax.api.feedback.domain.FeedbackForm;
import com.tutormax.api.feedback.domain.FeedbackToken;
import com.tutormax.api.feedback.domain.IssuedToken;
import com.tutormax.api.feedback.persistence.FeedbackTokenStore;
import com.tutormax.api.identity.domain.Tokens;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.records.domain.TutoringSession;
import com.tutormax.api.records.persistence.SessionStore;
import com.tutormax.api.records.persistence.StudentStore;
import com.tutormax.common.domain.Coppa;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.outbox.OutboxWriter;
import com.tutormax.common.validation.EventValidator;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Feedback links: staff issue one per session; the student opens the form and submits it once.
 * Using the link and queueing the FeedbackSubmitted event happen in one transaction (outbox), so a
 * rating is never lost and never counted twice. A child under 13 without recorded parental consent
 * cannot submit (COPPA); the link stays usable until consent is recorded or it expires.
 */
@Service
public class FeedbackFormService {

  private final FeedbackTokenStore tokens;
  private final SessionStore sessions;
  private final StudentStore students;
  private final OutboxWriter outbox;
  private final TransactionalOperator transactions;
  private final AuditLog audit;
  private final EventValidator validator;
  private final Clock clock;
  private final FeedbackFormProperties properties;

  public FeedbackFormService(
      FeedbackTokenStore tokens,
      SessionStore sessions,
      StudentStore students,
      OutboxWriter outbox,
      TransactionalOperator transactions,
      AuditLog audit,
      Clock clock,
      FeedbackFormProperties properties) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.students = students;
    this.outbox = outbox;
    this.transactions = transactions;
    this.audit = audit;
    this.validator = new EventValidator(clock);
    this.clock = clock;
    this.properties = properties;
  }

  /** Who issues a link, for the audit log. */
  public record Issuer(UUID id, String email) {}

  /** A submitted rating: its id, under which it will be stored. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Submitted(String feedbackId, String status) {}

  public Mono<IssuedToken> issue(
      Issuer issuer, String sessionId, Duration validFor, ClientInfo client) {
    Duration ttl = validFor == null ? properties.tokenTtl() : validFor;
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(properties.maxTokenTtl()) > 0) {
      return Mono.error(
          new InvalidFieldsException(
              "The link's validity is out of range",
              List.of(
                  new FieldError(
                      "valid_for_hours",
                      "must be between 1 and " + properties.maxTokenTtl().toHours()))));
    }
    return sessions
        .find(sessionId)
        .switchIfEmpty(error(HttpStatus.NOT_FOUND, "No such session"))
        .flatMap(session -> issueFor(session, issuer, ttl, client));
  }

  private Mono<IssuedToken> issueFor(
      TutoringSession session, Issuer issuer, Duration ttl, ClientInfo client) {
    if (session.noShow()) {
      return error(HttpStatus.CONFLICT, "The session did not take place (no-show)");
    }
    Instant now = clock.instant();
    String token = Tokens.newOpaqueToken();
    FeedbackToken stored =
        new FeedbackToken(
            Tokens.sha256(token),
            session.sessionId(),
            session.tutorId(),
            session.studentId(),
            session.sessionNumber() == 1,
            now,
            now.plus(ttl),
            null,
            null);
    Mono<Void> write =
        tokens
            .revokeUnused(session.sessionId(), now)
            .then(tokens.insert(stored, issuer.email()))
            .as(transactions::transactional);
    return tokens
        .sessionRated(session.sessionId())
        .flatMap(
            rated ->
                rated ? error(HttpStatus.CONFLICT, "The session has been rated already") : write)
        .then(
            record(
                issuer.id(),
                issuer.email(),
                "FEEDBACK_LINK_ISSUED",
                session.sessionId(),
                Outcome.SUCCESS,
                client,
                "expires " + stored.expiresAt()))
        .thenReturn(
            new IssuedToken(
                token, "/api/feedback/forms/" + token, session.sessionId(), stored.expiresAt()));
  }

  /** The form behind a usable link. */
  public Mono<FeedbackForm> form(String token, ClientInfo client) {
    return usable(token, client)
        .flatMap(
            found ->
                sessions
                    .find(found.sessionId())
                    .switchIfEmpty(error(HttpStatus.NOT_FOUND, "No such session"))
                    .map(
                        session ->
                            new FeedbackForm(
                                session.subject(),
                                session.scheduledStart(),
                                found.firstSession(),
                                EventValidator.IMPROVEMENT_AREAS.stream().sorted().toList(),
                                found.expiresAt())));
  }

  public Mono<Submitted> submit(String token, JsonNode body, ClientInfo client) {
    return usable(token, client).flatMap(found -> submitWith(found, body, client));
  }

  private Mono<Submitted> submitWith(FeedbackToken found, JsonNode body, ClientInfo client) {
    if (body == null || !body.isObject()) {
      return error(HttpStatus.BAD_REQUEST, "The body must be a JSON object of answers");
    }
    FeedbackAnswers.Read read = FeedbackAnswers.read(body);
    Instant now = clock.instant();
    // One link, one rating: the id derives from the link, so a replayed event is a duplicate.
    String feedbackId = "FB-" + found.tokenHash().substring(0, 24);
    FeedbackSubmitted event = read.answers().toEvent(found, feedbackId, now);
    List<FieldError> errors = allErrors(read.errors(), validator.validate(event));
    if (!errors.isEmpty()) {
      return Mono.error(
          new InvalidFieldsException(
              "The answers have invalid fields; nothing was stored", errors));
    }
    Mono<Submitted> consumeAndQueue =
        tokens
            .consume(found.tokenHash(), feedbackId, now)
            .switchIfEmpty(Mono.defer(() -> notUsable(found.tokenHash())))
            .flatMap(used -> outbox.append(event, eventId(feedbackId)))
            .thenReturn(new Submitted(feedbackId, "received"))
            .as(transactions::transactional);
    return consumeAndQueue.flatMap(
        submitted ->
            record(
                    null,
                    "student " + found.studentId(),
                    "FEEDBACK_SUBMITTED",
                    found.sessionId(),
                    Outcome.SUCCESS,
                    client,
                    feedbackId)
                .thenReturn(submitted));
  }

  /** The link, if it can still be used and the student may give feedback; the reason if not. */
  private Mono<FeedbackToken> usable(String token, ClientInfo client) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return error(HttpStatus.NOT_FOUND, "No such feedback link");
    }
    String hash = Tokens.sha256(token);
    return tokens
        .find(hash)
        .switchIfEmpty(error(HttpStatus.NOT_FOUND, "No such feedback link"))
        .flatMap(
            found ->
                found.state(clock.instant()) == FeedbackToken.State.USABLE
                    ? consented(found, client)
                    : notUsable(hash));
  }

  private Mono<FeedbackToken> consented(FeedbackToken found, ClientInfo client) {
    return students
        .find(found.studentId())
        .switchIfEmpty(error(HttpStatus.NOT_FOUND, "No such student"))
        .flatMap(
            student ->
                Coppa.mayCollect(student.age(), student.parentalConsent())
                    ? Mono.just(found)
                    : record(
                            null,
                            "student " + found.studentId(),
                            "FEEDBACK_REFUSED",
                            found.sessionId(),
                            Outcome.DENIED,
                            client,
                            "under " + Coppa.CONSENT_AGE + " without parental consent")
                        .then(
                            error(
                                HttpStatus.FORBIDDEN,
                                "A parent's consent must be recorded before a student under "
                                    + Coppa.CONSENT_AGE
                                    + " can give feedback")));
  }

  /** Why a link cannot be used: 409 once used, 410 once expired or replaced. */
  private <T> Mono<T> notUsable(String hash) {
    return tokens
        .find(hash)
        .flatMap(
            found -> {
              FeedbackToken.State state = found.state(clock.instant());
              if (state == FeedbackToken.State.USED) {
                return error(HttpStatus.CONFLICT, "This feedback link has been used already");
              }
              if (state == FeedbackToken.State.REVOKED) {
                return error(HttpStatus.GONE, "This feedback link was replaced by a newer one");
              }
              return error(HttpStatus.GONE, "This feedback link has expired");
            });
  }

  /** What could not be read, then the rules broken by what could (a field is named once). */
  private static List<FieldError> allErrors(List<FieldError> unread, List<FieldError> broken) {
    List<FieldError> all = new ArrayList<>(unread);
    Set<String> named = unread.stream().map(FieldError::field).collect(Collectors.toSet());
    broken.stream().filter(e -> !named.contains(e.field())).forEach(all::add);
    return all;
  }

  private static UUID eventId(String feedbackId) {
    return UUID.nameUUIDFromBytes(("feedback-form|" + feedbackId).getBytes(UTF_8));
  }

  private Mono<Void> record(
      UUID actorId,
      String actor,
      String action,
      String sessionId,
      Outcome outcome,
      ClientInfo client,
      String details) {
    return audit.record(
        new AuditEntry(
            actorId,
            actor,
            action,
            "session",
            sessionId,
            outcome,
            client.ip(),
            client.userAgent(),
            details));
  }

  private static <T> Mono<T> error(HttpStatus status, String detail) {
    return Mono.error(new ResponseStatusException(status, detail));
  }
}
