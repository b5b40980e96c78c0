package com.tutormax.scheduler.jobs.messaging;

import com.tutormax.common.events.JobFinished;
import com.tutormax.common.events.Topics;
import com.tutormax.common.events.TutorMaxEvent;
import com.tutormax.common.kafka.BatchIntake;
import com.tutormax.scheduler.jobs.config.SchedulerConfiguration;
import com.tutormax.scheduler.jobs.config.SchedulerProperties;
import com.tutormax.scheduler.jobs.persistence.JobStore.Run;
import com.tutormax.scheduler.jobs.service.Scheduling;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Closes runs from the services' {@code JobFinished} reports, idempotently (a redelivered report is
 * skipped; a run is closed once); failed runs are counted after the batch committed.
 */
@Component
class JobResultListener {

  private final BatchIntake intake;
  private final Scheduling scheduling;
  private final SchedulerProperties properties;

  JobResultListener(BatchIntake intake, Scheduling scheduling, SchedulerProperties properties) {
    this.intake = intake;
    this.scheduling = scheduling;
    this.properties = properties;
  }

  @KafkaListener(
      id = "scheduler-job-results",
      topics = Topics.JOB_RESULTS,
      groupId = SchedulerConfiguration.INTAKE_GROUP,
      containerFactory = SchedulerConfiguration.BATCH_FACTORY)
  void results(List<ConsumerRecord<String, TutorMaxEvent>> batch) {
    List<Run> failed = new ArrayList<>();
    intake.apply(
        batch,
        JobFinished.class,
        "scheduler-JobFinished",
        properties.writeTimeout(),
        records -> {
          failed.clear();
          return Flux.fromIterable(records)
              .map(r -> (JobFinished) r.value())
              .concatMap(scheduling::finish)
              .filter(run -> "FAILED".equals(run.status()))
              .doOnNext(failed::add)
              .then();
        });
    failed.forEach(scheduling::failed);
  }
}
