package com.tutormax.training.firstsession.messaging;

import com.tutormax.common.events.FeedbackSubmitted;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.training.firstsession.service.FirstSessionIntake;
import com.tutormax.training.history.config.TrainingConfiguration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The first-session model's intake, in training's intake group: sessions (first sessions kept),
 * feedback (first-session ratings kept) and students (ages), one batch listener per topic.
 */
@Component
class FirstSessionListeners {

  static final String GROUP = TrainingConfiguration.INTAKE_GROUP;

  private final FirstSessionIntake intake;

  FirstSessionListeners(FirstSessionIntake intake) {
    this.intake = intake;
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
