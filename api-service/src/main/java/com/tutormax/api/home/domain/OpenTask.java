package com.tutormax.api.home.domain;

import com.tutormax.api.interventions.domain.SlaState;
import java.util.UUID;

/** An intervention task still being worked, with its SLA at the home's now. */
public record OpenTask(
    String interventionId,
    String tutorId,
    String interventionType,
    String priority,
    String status,
    UUID assigneeId,
    SlaState sla) {}
