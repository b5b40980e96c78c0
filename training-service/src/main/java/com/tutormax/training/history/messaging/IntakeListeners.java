package com.tutormax.training.history.messaging;

import com.tutormax.common.events.ChurnDetected;
import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.events.TutorRegistered;
import com.tutormax.training.history.config.TrainingConfiguration;
import com.tutormax.training.history.service.HistoryIntake;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Training's intake, one batch listener per topic: registrations (profiles), closed tutor-days
 * (features) and churn detections (labels) for the churn models; sessions (first sessions kept),
 * feedback (first-session ratings kept) and students (ages) for the first-session model.
 */
@Component
class IntakeListeners {

  static final String GROUP = TrainingConfiguration.INTAKE_GROUP;

  private final HistoryIntake intake;

  IntakeListeners(HistoryIntake intake) {
    this.intake = intake;
  }

  @KafkaListener(
      id = "training-tutors",
      topics = Topics.TUTORS,
      groupId = GROUP,
      containerFactory = TrainingConfiguration.BATCH_FACTORY)
  void tutors(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorRegistered.class);
  }

  @KafkaListener(
      id = "training-tutor-days",
      topics = Topics.TUTOR_DAYS,
      groupId = GROUP,
      containerFactory = TrainingConfiguration.BATCH_FACTORY)
  void tutorDays(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, TutorDayClosed.class);
  }

  @KafkaListener(
      id = "training-churn-detected",
      topics = Topics.CHURN_DETECTED,
      groupId = GROUP,
      containerFactory = TrainingConfiguration.BATCH_FACTORY)
  void churnDetected(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, ChurnDetected.class);
  }

  @KafkaListener(
      id = "training-sessions",
      topics = Topics.SESSIONS,
      groupId = GROUP,
      containerFactory = TrainingConfiguration.BATCH_FACTORY)
  void sessions(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, SessionRecorded.class);
  }

  @KafkaListener(
      id = "training-feedback",
      topics = Topics.FEEDBACK,
      groupId = GROUP,
      containerFactory = TrainingConfiguration.BATCH_FACTORY)
  void feedback(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, FeedbackSubmitted.class);
  }

  @KafkaListener(
      id = "training-students",
      topics = Topics.STUDENTS,
      groupId = GROUP,
      containerFactory = TrainingConfiguration.BATCH_FACTORY)
  void students(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    intake.apply(batch, StudentRegistered.class);
  }
}
