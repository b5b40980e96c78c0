package com.tutormax.api.records.domain;

import java.util.Map;

/** Rows per record table, in total and per source (SYNTHETIC, INGEST). */
public record RecordCounts(
    TableCount tutors,
    TableCount students,
    TableCount sessions,
    TableCount feedback,
    TableCount activity,
    TableCount lifecycle) {

  /** One table's rows. */
  public record TableCount(long total, Map<String, Long> bySource) {}
}
