package com.tutormax.api.records.service;

import io.r2dbc.spi.R2dbcException;

/**
 * Tells a database error caused by one record's data (SQLSTATE class 22, data exception, or 23,
 * integrity violation: e.g. a NUL character in a text) from a failure of the database itself, which
 * no record can be blamed for.
 */
final class DataErrors {

  private DataErrors() {}

  static boolean causedByData(Throwable error) {
    R2dbcException r2dbc = r2dbcCause(error);
    String state = r2dbc == null ? null : r2dbc.getSqlState();
    return state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  static String describe(Throwable error) {
    R2dbcException r2dbc = r2dbcCause(error);
    return r2dbc == null
        ? error.getClass().getSimpleName()
        : "SQLSTATE " + r2dbc.getSqlState() + ": " + r2dbc.getMessage();
  }

  private static R2dbcException r2dbcCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof R2dbcException r2dbc) {
        return r2dbc;
      }
    }
    return null;
  }
}
