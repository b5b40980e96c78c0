package com.tutormax.api.records.messaging;

import com.tutormax.api.records.config.RecordsConfiguration;
import com.tutormax.api.records.persistence.ActivityStore;
import com.tutormax.api.records.persistence.FeedbackStore;
import com.tutormax.api.records.persistence.LifecycleStore;
import com.tutormax.api.records.persistence.SessionStore;
import com.tutormax.api.records.persistence.StudentStore;
import com.tutormax.api.records.persistence.TutorStore;
import com.tutormax.api.records.service.RecordBatchWriter;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The system of record's intake: one batch listener per topic, all in one consumer group. The
 * topics are consumed independently, so nothing here may assume that a tutor arrives before their
 * sessions or lifecycle changes. The low-volume topics get one consumer each.
 */
@Component
class RecordListeners {

  static final String GROUP = "${spring.application.name}-records";

  private final RecordBatchWriter writer;
  private final TutorStore tutors;
  private final StudentStore students;
  private final SessionStore sessions;
  private final FeedbackStore feedback;
  private final ActivityStore activity;
  private final LifecycleStore lifecycle;

  RecordListeners(
      RecordBatchWriter writer,
      TutorStore tutors,
      StudentStore students,
      SessionStore sessions,
      FeedbackStore feedback,
      ActivityStore activity,
      LifecycleStore lifecycle) {
    this.writer = writer;
    this.tutors = tutors;
    this.students = students;
    this.sessions = sessions;
    this.feedback = feedback;
    this.activity = activity;
    this.lifecycle = lifecycle;
  }

  @KafkaListener(
      id = "records-tutors",
      topics = Topics.TUTORS,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY,
      concurrency = "1")
  void tutors(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, tutors);
  }

  @KafkaListener(
      id = "records-students",
      topics = Topics.STUDENTS,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY,
      concurrency = "1")
  void students(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, students);
  }

  @KafkaListener(
      id = "records-sessions",
      topics = Topics.SESSIONS,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY)
  void sessions(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, sessions);
  }

  @KafkaListener(
      id = "records-feedback",
      topics = Topics.FEEDBACK,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY)
  void feedback(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, feedback);
  }

  @KafkaListener(
      id = "records-activity",
      topics = Topics.ACTIVITY,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY)
  void activity(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, activity);
  }

  @KafkaListener(
      id = "records-lifecycle",
      topics = Topics.LIFECYCLE,
      groupId = GROUP,
      containerFactory = RecordsConfiguration.BATCH_FACTORY,
      concurrency = "1")
  void lifecycle(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    writer.write(batch, lifecycle);
  }
}
