package com.tutormax.common.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production secret into a short, actionable start-up message. */
public class MissingSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretException cause) {
    return new FailureAnalysis(
        "The environment variable "
            + cause.variable()
            + " is not set, and the production profile requires it.",
        "Set "
            + cause.variable()
            + " (on Render: generateValue: true in render.yaml), or run without the production"
            + " profile for local work.",
        cause);
  }
}
