package com.tutormax.training.firstsession.domain;

import com.tutormax.common.features.LogisticModel;
import java.time.LocalDate;

/**
 * A trained first-session model: the fitted regression, the L2 strength chosen on validation, its
 * test metrics and the range of session days it learned from and was judged on.
 */
public record TrainedFirstSessionModel(
    LogisticModel model,
    double lambda,
    int rounds,
    FirstSessionMetrics metrics,
    LocalDate dataFrom,
    LocalDate dataThrough) {}
