package com.tutormax.common.events;

/**
 * An event on the TutorMax backbone. The key decides the partition: everything about one tutor
 * shares a key, so per-tutor order is kept and consumer replicas split tutors between them.
 */
public interface TutorMaxEvent {

  /** The Kafka record key (a tutor id for everything about a tutor). */
  String key();
}
