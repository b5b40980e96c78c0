package com.tutormax.api.identity.service;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One answer for every failed sign-in or refresh: it never tells whether the account exists, is
 * locked or the password was wrong.
 */
public class AuthFailedException extends ResponseStatusException {

  public static final String MESSAGE = "Invalid credentials";

  public AuthFailedException() {
    super(HttpStatus.UNAUTHORIZED, MESSAGE);
  }
}
