package com.tutormax.churn.scoring.messaging;

import com.tutormax.churn.scoring.config.ChurnConfiguration;
import com.tutormax.churn.scoring.service.ChurnIntake;
import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.FirstSessionModelPromoted;
import com.tutormax.common.events.InterventionUpdated;
import com.tutormax.common.events.ModelPromoted;
import com.tutormax.common.events.PerformanceEvaluated;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Churn's intake: one batch listener per input topic, one consumer group. Registrations give the
 * profile, closed days the features, performance evaluations the open day so far (live re-score),
 * churn detections the tutors to leave off at-risk lists, intervention updates the tasks that are
 * closed, model promotions the models to fetch and serve (the first-session model travels in its
 * event), bookings the first sessions to assess before they happen.
 */
@Component
class IntakeListeners {

  static final String GROUP = ChurnConfiguration.INTAKE_GROUP;

  private final ChurnIntake intake;

  IntakeListeners(ChurnIntake intake) {
    this.intake = intake;
  }

  @KafkaListener(
      id = "churn-tutors",
      topics = Topics.TUTORS,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void tutors(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorRegistered.class);
  }

  @KafkaListener(
      id = "churn-tutor-days",
      topics = Topics.TUTOR_DAYS,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void tutorDays(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorDayClosed.class);
  }

  @KafkaListener(
      id = "churn-performance",
      topics = Topics.PERFORMANCE,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void performance(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, PerformanceEvaluated.class);
  }

  @KafkaListener(
      id = "churn-intervention-updates",
      topics = Topics.INTERVENTION_UPDATES,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void interventionUpdates(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, InterventionUpdated.class);
  }

  @KafkaListener(
      id = "churn-models",
      topics = Topics.MODELS,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void models(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, ModelPromoted.class);
  }

  @KafkaListener(
      id = "churn-first-session-models",
      topics = Topics.FIRST_SESSION_MODELS,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void firstSessionModels(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, FirstSessionModelPromoted.class);
  }

  @KafkaListener(
      id = "churn-bookings",
      topics = Topics.BOOKINGS,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void bookings(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, SessionBooked.class);
  }

  @KafkaListener(
      id = "churn-detected",
      topics = Topics.CHURN_DETECTED,
      groupId = GROUP,
      containerFactory = ChurnConfiguration.BATCH_FACTORY)
  void churnDetected(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, ChurnDetected.class);
  }
}
