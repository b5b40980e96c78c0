package com.tutormax.api.interventions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The workflow routes' request bodies. Who acts comes from the token, never from here. */
final class Requests {

  private Requests() {}

  record Assign(@NotNull UUID assigneeId) {}

  record ChangeStatus(@NotBlank String status, @Size(max = 2000) String note) {}

  record RecordOutcome(@NotBlank String outcome, @Size(max = 4000) String notes) {}
}
