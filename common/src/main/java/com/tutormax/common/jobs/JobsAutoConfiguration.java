package com.tutormax.common.jobs;

import com.tutormax.common.autoconfigure.BackboneAutoConfiguration;
import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.idempotency.ProcessedEvents;
import com.tutormax.common.outbox.OutboxWriter;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * A service that declares {@link ScheduledJob} beans performs the scheduler's requests for them.
 */
@AutoConfiguration(after = BackboneAutoConfiguration.class)
@ConditionalOnBean(ScheduledJob.class)
public class JobsAutoConfiguration {

  @Bean
  JobRunner jobRunner(
      TutorMaxProperties properties,
      List<ScheduledJob> jobs,
      ProcessedEvents processed,
      OutboxWriter outbox,
      Clock clock) {
    return new JobRunner(properties.serviceName(), jobs, processed, outbox, clock);
  }

  @Bean
  JobRequestListener jobRequestListener(JobRunner jobRunner) {
    return new JobRequestListener(jobRunner);
  }
}
