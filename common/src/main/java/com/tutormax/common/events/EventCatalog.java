package com.tutormax.common.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the contract, with its topic and schema version. */
public final class EventCatalog {

  private static final List<EventType<?>> TYPES =
      List.of(
          type(TutorRegistered.class, Topics.TUTORS),
          type(StudentRegistered.class, Topics.STUDENTS),
          type(SessionRecorded.class, Topics.SESSIONS, 2),
          type(SessionBooked.class, Topics.BOOKINGS),
          type(FeedbackSubmitted.class, Topics.FEEDBACK),
          type(TutorActivityRecorded.class, Topics.ACTIVITY),
          type(TutorLifecycleChanged.class, Topics.LIFECYCLE),
          type(TutorDayClosed.class, Topics.TUTOR_DAYS, 2),
          type(PerformanceEvaluated.class, Topics.PERFORMANCE, 2),
          type(ChurnDetected.class, Topics.CHURN_DETECTED),
          type(ChurnPredicted.class, Topics.CHURN_PREDICTIONS),
          type(InterventionRecommended.class, Topics.INTERVENTION_RECOMMENDATIONS, 2),
          type(InterventionUpdated.class, Topics.INTERVENTION_UPDATES),
          type(ModelPromoted.class, Topics.MODELS),
          type(FirstSessionModelPromoted.class, Topics.FIRST_SESSION_MODELS),
          type(JobRequested.class, Topics.JOB_REQUESTS),
          type(JobFinished.class, Topics.JOB_RESULTS),
          type(Heartbeat.class, Topics.HEARTBEATS, 2));

  private static final Map<String, EventType<?>> BY_NAME =
      TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

  private static final Map<Class<?>, EventType<?>> BY_CLASS =
      TYPES.stream()
          .collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

  private EventCatalog() {}

  private static <T extends TutorMaxEvent> EventType<T> type(Class<T> recordClass, String topic) {
    return type(recordClass, topic, 1);
  }

  private static <T extends TutorMaxEvent> EventType<T> type(
      Class<T> recordClass, String topic, int schemaVersion) {
    return new EventType<>(recordClass.getSimpleName(), recordClass, topic, schemaVersion);
  }

  public static List<EventType<?>> all() {
    return TYPES;
  }

  public static Optional<EventType<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  @SuppressWarnings("unchecked")
  public static <T extends TutorMaxEvent> EventType<T> of(Class<T> recordClass) {
    EventType<?> type = BY_CLASS.get(recordClass);
    if (type == null) {
      throw new IllegalArgumentException("Not a contract event: " + recordClass.getName());
    }
    return (EventType<T>) type;
  }

  public static EventType<?> of(TutorMaxEvent event) {
    return of(event.getClass());
  }
}
