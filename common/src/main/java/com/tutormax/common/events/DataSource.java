package com.tutormax.common.events;

/** Where a record came from, so real and synthetic data can always be told apart. */
public enum DataSource {
  SYNTHETIC,
  INGEST
}
