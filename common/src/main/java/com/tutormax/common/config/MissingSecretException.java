package com.tutormax.common.config;

/** A secret the production profile requires was not set. */
public class MissingSecretException extends IllegalStateException {

  private final String variable;

  public MissingSecretException(String variable) {
    super(variable + " must be set when the production profile is active");
    this.variable = variable;
  }

  public String variable() {
    return variable;
  }
}
