package com.tutormax.generation.simulation.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A command that does not fit the simulation's current state (answered with 409). */
public class GenerationConflictException extends ResponseStatusException {

  public GenerationConflictException(String detail) {
    super(HttpStatus.CONFLICT, detail);
  }
}
