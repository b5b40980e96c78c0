package com.tutormax.evaluation.performance.messaging;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorActivityRecorded;
import com.tutormax.common.events.TutorLifecycleChanged;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.evaluation.performance.config.EvaluationConfiguration;
import com.tutormax.evaluation.performance.service.EventIntake;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Evaluation's intake: one batch listener per input topic, one consumer group. Topics are consumed
 * independently, so nothing may assume a session arrives before its feedback or its tutor.
 */
@Component
class IntakeListeners {

  static final String GROUP = EvaluationConfiguration.INTAKE_GROUP;

  private final EventIntake intake;

  IntakeListeners(EventIntake intake) {
    this.intake = intake;
  }

  @KafkaListener(
      id = "evaluation-tutors",
      topics = Topics.TUTORS,
      groupId = GROUP,
      containerFactory = EvaluationConfiguration.BATCH_FACTORY)
  void tutors(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorRegistered.class);
  }

  @KafkaListener(
      id = "evaluation-sessions",
      topics = Topics.SESSIONS,
      groupId = GROUP,
      containerFactory = EvaluationConfiguration.BATCH_FACTORY)
  void sessions(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, SessionRecorded.class);
  }

  @KafkaListener(
      id = "evaluation-feedback",
      topics = Topics.FEEDBACK,
      groupId = GROUP,
      containerFactory = EvaluationConfiguration.BATCH_FACTORY)
  void feedback(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, FeedbackSubmitted.class);
  }

  @KafkaListener(
      id = "evaluation-activity",
      topics = Topics.ACTIVITY,
      groupId = GROUP,
      containerFactory = EvaluationConfiguration.BATCH_FACTORY)
  void activity(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorActivityRecorded.class);
  }

  @KafkaListener(
      id = "evaluation-lifecycle",
      topics = Topics.LIFECYCLE,
      groupId = GROUP,
      containerFactory = EvaluationConfiguration.BATCH_FACTORY)
  void lifecycle(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorLifecycleChanged.class);
  }
}
