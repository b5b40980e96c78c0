package com.tutormax.churn.accuracy.web;

import com.tutormax.churn.accuracy.domain.ServedAccuracy;
import com.tutormax.churn.accuracy.domain.ServedAccuracy.Report;
import com.tutormax.churn.accuracy.service.AccuracyService;
import com.tutormax.common.validation.FieldError;
import com.tutormax.common.web.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * How accurate the served risk levels were, overrides counted (ADMIN and OPS_MANAGER; see
 * ChurnAccessRules): per alert level, precision and recall of the predicted and of the effective
 * level against churn within the window, next to the PRD's targets.
 */
@RestController
@RequestMapping("/api/churn")
class AccuracyController {

  static final int MAX_WINDOW_DAYS = 365;

  private final AccuracyService service;

  AccuracyController(AccuracyService service) {
    this.service = service;
  }

  @GetMapping("/accuracy")
  @Operation(
      summary = "Precision and recall of the predicted and served risk levels, overrides counted",
      description =
          "windowDays (1–365, default 30): churn within [asOf, asOf + windowDays − 1] is a"
              + " positive; from, to (YYYY-MM-DD, default: every as-of day whose window is"
              + " observed)")
  Mono<Report> accuracy(
      @RequestParam(required = false) String windowDays,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    List<FieldError> errors = new ArrayList<>();
    int window = ServedAccuracy.DEFAULT_WINDOW_DAYS;
    if (windowDays != null) {
      try {
        window = Integer.parseInt(windowDays.trim());
        if (window < 1 || window > MAX_WINDOW_DAYS) {
          errors.add(new FieldError("windowDays", "must be between 1 and " + MAX_WINDOW_DAYS));
        }
      } catch (NumberFormatException e) {
        errors.add(new FieldError("windowDays", "must be a whole number of days"));
      }
    }
    LocalDate fromDay = day("from", from, errors);
    LocalDate toDay = day("to", to, errors);
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    if (!errors.isEmpty()) {
      return Mono.error(new InvalidFieldsException("Invalid accuracy query", errors));
    }
    return service.measure(window, fromDay, toDay);
  }

  private static LocalDate day(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
      return null;
    }
  }
}
