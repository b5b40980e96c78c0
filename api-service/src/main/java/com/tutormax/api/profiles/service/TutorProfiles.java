package com.tutormax.api.profiles.service;

import com.tutormax.api.notes.persistence.NoteStore;
import com.tutormax.api.profiles.config.ProfilesProperties;
import com.tutormax.api.profiles.domain.ActiveFlag;
import com.tutormax.api.profiles.domain.ChurnView;
import com.tutormax.api.profiles.domain.PerformanceView;
import com.tutormax.api.profiles.domain.Tenure;
import com.tutormax.api.profiles.domain.TutorIdentity;
import com.tutormax.api.profiles.domain.TutorListQuery;
import com.tutormax.api.profiles.domain.TutorProfile;
import com.tutormax.api.profiles.domain.TutorSummary;
import com.tutormax.api.profiles.persistence.ReadModelStore;
import com.tutormax.api.profiles.persistence.TutorListStore;
import com.tutormax.api.records.domain.Page;
import com.tutormax.api.records.domain.PageRequest;
import com.tutormax.api.records.domain.Tutor;
import com.tutormax.api.records.domain.Viewer;
import com.tutormax.api.records.persistence.TutorStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Tutor profiles and the tutor list for staff, read from core.tutors and the read models. Churn
 * data is staff-only: a viewer who is not staff is refused here too, not only by the route rules.
 */
@Service
public class TutorProfiles {

  private final TutorStore tutors;
  private final ReadModelStore readModels;
  private final TutorListStore list;
  private final RecentFeedback feedback;
  private final NoteStore notes;
  private final ProfilesProperties properties;
  private final Clock clock;

  public TutorProfiles(
      TutorStore tutors,
      ReadModelStore readModels,
      TutorListStore list,
      RecentFeedback feedback,
      NoteStore notes,
      ProfilesProperties properties,
      Clock clock) {
    this.tutors = tutors;
    this.readModels = readModels;
    this.list = list;
    this.feedback = feedback;
    this.notes = notes;
    this.properties = properties;
    this.clock = clock;
  }

  public Mono<TutorProfile> profile(Viewer viewer, String tutorId) {
    if (!viewer.staff()) {
      return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "Staff only"));
    }
    LocalDate today = today();
    // Independent reads on pooled connections (no transaction), so they run side by side.
    return tutors
        .find(tutorId)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such tutor")))
        .flatMap(
            tutor ->
                Mono.zip(
                        optional(readModels.performance(tutorId)),
                        optional(readModels.churn(tutorId)),
                        readModels.trend(tutorId, today.minusDays(properties.trendDays() - 1L)),
                        readModels.interventions(tutorId, properties.interventions()),
                        feedback.of(viewer, tutorId, properties.recentFeedback()),
                        notes.ofTutor(tutorId, properties.notes()))
                    .map(
                        t -> {
                          PerformanceView performance = t.getT1().orElse(null);
                          ChurnView churn = t.getT2().orElse(null);
                          return new TutorProfile(
                              identity(tutor, today),
                              performance,
                              churn,
                              t.getT3(),
                              ActiveFlag.of(performance, churn),
                              t.getT4(),
                              t.getT5(),
                              t.getT6());
                        }));
  }

  public Mono<Page<TutorSummary>> list(Viewer viewer, TutorListQuery query, PageRequest page) {
    if (!viewer.staff()) {
      return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "Staff only"));
    }
    return list.page(query, page, today());
  }

  private static TutorIdentity identity(Tutor t, LocalDate today) {
    return new TutorIdentity(
        t.tutorId(),
        t.name(),
        t.email(),
        t.subjects(),
        t.subjectFamily(),
        t.baselineSessionsPerWeek(),
        t.joinedAt(),
        Tenure.days(t.joinedAt(), today),
        t.status().name(),
        t.statusChangedAt(),
        t.statusReason(),
        t.source());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static <T> Mono<Optional<T>> optional(Mono<T> value) {
    return value.map(Optional::of).defaultIfEmpty(Optional.empty());
  }
}
