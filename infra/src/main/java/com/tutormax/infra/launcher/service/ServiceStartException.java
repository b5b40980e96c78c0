package com.tutormax.infra.launcher.service;

/** A service exited or did not become ready; the message carries the tail of its log. */
public class ServiceStartException extends RuntimeException {

  public ServiceStartException(String message) {
    super(message);
  }
}
