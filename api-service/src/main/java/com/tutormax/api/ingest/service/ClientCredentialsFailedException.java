package com.tutormax.api.ingest.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One answer for every failed token request: it never tells whether the client exists, was revoked
 * or the secret was wrong.
 */
public class ClientCredentialsFailedException extends ResponseStatusException {

  public static final String MESSAGE = "Invalid client credentials";

  public ClientCredentialsFailedException() {
    super(HttpStatus.UNAUTHORIZED, MESSAGE);
  }
}
