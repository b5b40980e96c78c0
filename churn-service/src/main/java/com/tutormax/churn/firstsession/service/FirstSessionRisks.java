package com.tutormax.churn.firstsession.service;

import com.tutormax.churn.firstsession.domain.FirstSessionAssessment;
import com.tutormax.churn.firstsession.domain.FirstSessionAssessment.Assessment;
import com.tutormax.churn.firstsession.domain.FirstSessionRisk;
import com.tutormax.churn.firstsession.persistence.FirstSessionStore;
import com.tutormax.churn.firstsession.persistence.FirstSessionStore.ServedModel;
import com.tutormax.churn.interventions.domain.InterventionType;
import com.tutormax.churn.interventions.domain.Priority;
import com.tutormax.churn.interventions.domain.Recommendation;
import com.tutormax.churn.interventions.service.InterventionEngine;
import com.tutormax.churn.scoring.persistence.ClosedDayStore;
import com.tutormax.churn.scoring.persistence.PredictionStore;
import com.tutormax.churn.scoring.persistence.TutorStore;
import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.FirstSessionFeatures;
import com.tutormax.common.features.TutorProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Assesses booked first sessions as they arrive (inside the intake's transaction): the served
 * first-session model on the features known before the session (the tutor's closed days before the
 * session's day, its hour and subject, the student's age: {@link FirstSessionFeatures}, the code
 * training uses), and above 50% for a session still ahead, the A5 preparation reminder (an
 * automated intervention, logged and published like the others; its id derives from the session, so
 * there is one per session).
 */
@Service
public class FirstSessionRisks {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final FirstSessionStore store;
  private final TutorStore tutors;
  private final ClosedDayStore days;
  private final PredictionStore predictions;
  private final InterventionEngine interventions;

  public FirstSessionRisks(
      FirstSessionStore store,
      TutorStore tutors,
      ClosedDayStore days,
      PredictionStore predictions,
      InterventionEngine interventions) {
    this.store = store;
    this.tutors = tutors;
    this.days = days;
    this.predictions = predictions;
    this.interventions = interventions;
  }

  /**
   * Keeps announced models; with a new one served, assesses the first sessions still ahead that
   * were booked before any model was.
   */
  public Mono<Void> promoted(Collection<FirstSessionModelPromoted> models, Instant now) {
    if (models.isEmpty()) {
      return Mono.empty();
    }
    return store
        .promoted(models)
        .thenMany(store.unassessedAhead(now))
        .map(FirstSessionRisk::booking)
        .collectList()
        .flatMap(pending -> booked(pending, now));
  }

  /** Assesses the first sessions among {@code bookings} and reminds where the rule says so. */
  public Mono<Void> booked(Collection<SessionBooked> bookings, Instant now) {
    List<SessionBooked> first = bookings.stream().filter(SessionBooked::firstSession).toList();
    if (first.isEmpty()) {
      return Mono.empty();
    }
    return store
        .served()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            served ->
                served.isPresent()
                    ? assessWith(served.get(), first, now)
                    // No model yet (a first backfill): keep the bookings, load no history.
                    : store.assessed(first.stream().map(b -> unassessed(b, now)).toList()).then());
  }

  private Mono<Void> assessWith(ServedModel model, List<SessionBooked> first, Instant now) {
    List<String> tutorIds = first.stream().map(SessionBooked::tutorId).distinct().toList();
    return Mono.zip(tutors.profiles(tutorIds), days.of(tutorIds))
        .flatMap(
            t -> {
              Map<String, FirstSessionRisk> bySession = new HashMap<>();
              for (SessionBooked b : first) {
                bySession.put(b.sessionId(), assess(b, model, t.getT1(), t.getT2(), now));
              }
              // The whole answer first: a reminder's queries share the transaction's connection,
              // which cannot run them while it still streams the insert's rows (a deadlock once
              // more rows come back than concatMap prefetches).
              return store
                  .assessed(bySession.values())
                  .collectList()
                  .flatMapMany(Flux::fromIterable)
                  .concatMap(sessionId -> remind(bySession.get(sessionId), now))
                  .then();
            });
  }

  private static FirstSessionRisk assess(
      SessionBooked b,
      ServedModel served,
      Map<String, TutorProfile> profiles,
      Map<String, List<TutorDayClosed>> closedDays,
      Instant now) {
    TutorProfile profile = profiles.get(b.tutorId());
    if (profile == null) {
      return unassessed(b, now);
    }
    double[] features =
        FirstSessionFeatures.of(
            profile,
            closedDays.getOrDefault(b.tutorId(), List.of()),
            b.scheduledStart(),
            b.subject(),
            b.studentAge());
    Assessment a =
        FirstSessionAssessment.assess(served.model(), features, b.scheduledStart(), b.subject());
    return risk(
        b,
        a.probability(),
        served.modelId(),
        a.factors(),
        FirstSessionAssessment.remind(a.probability(), b.scheduledStart(), now),
        now);
  }

  /** Kept without a risk: no model served yet, or the tutor is not known yet. */
  private static FirstSessionRisk unassessed(SessionBooked b, Instant now) {
    return risk(b, null, null, List.of(), false, now);
  }

  private static FirstSessionRisk risk(
      SessionBooked b,
      Double probability,
      String modelId,
      List<String> factors,
      boolean remind,
      Instant now) {
    return new FirstSessionRisk(
        b.sessionId(),
        b.tutorId(),
        b.studentId(),
        b.scheduledStart(),
        b.subject(),
        b.bookedAt(),
        b.studentAge(),
        probability,
        modelId,
        factors,
        remind,
        now);
  }

  private Mono<Void> remind(FirstSessionRisk r, Instant now) {
    return predictions
        .current(r.tutorId())
        .map(p -> p.prediction().riskLevel())
        .defaultIfEmpty(RiskLevel.LOW)
        .flatMap(
            level -> {
              String reason =
                  String.format(
                      Locale.ROOT,
                      "First session %s (%s): %.0f%% risk of a rating below 3 — %s",
                      WHEN.format(r.scheduledStart()),
                      r.subject(),
                      100 * r.probability(),
                      String.join("; ", r.factors()));
              Recommendation prep =
                  new Recommendation(
                      InterventionType.A5_FIRST_SESSION_PREP,
                      level,
                      Priority.of(level),
                      reason.length() > 500 ? reason.substring(0, 500) : reason,
                      null);
              UUID id =
                  UUID.nameUUIDFromBytes(
                      ("first-session-prep:" + r.sessionId()).getBytes(StandardCharsets.UTF_8));
              return interventions.recommend(r.tutorId(), prep, id, now);
            });
  }
}
