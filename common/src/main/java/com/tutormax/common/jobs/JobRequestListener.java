package com.tutormax.common.jobs;

import com.tutormax.common.events.JobRequested;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import reactor.core.scheduler.Schedulers;

/**
 * Consumes the scheduler's job requests (a consumer group per service): claims a run for this
 * service before its offset is committed, then performs it in the background, so a long job never
 * holds up the consumer.
 */
public class JobRequestListener {

  private static final Logger log = LoggerFactory.getLogger(JobRequestListener.class);
  private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(30);

  private final JobRunner runner;

  public JobRequestListener(JobRunner runner) {
    this.runner = runner;
  }

  @KafkaListener(topics = Topics.JOB_REQUESTS, groupId = "${spring.application.name}-jobs")
  void onRequest(ConsumerRecord<String, TutorMaxEvent> record) {
    if (!(record.value() instanceof JobRequested request)) {
      return;
    }
    if (Boolean.TRUE.equals(runner.claim(request).block(CLAIM_TIMEOUT))) {
      runner
          .perform(request)
          .subscribeOn(Schedulers.boundedElastic())
          .subscribe(
              finished -> {},
              e -> log.warn("Run {} not reported: {}", request.runId(), e.toString()));
    }
  }
}
