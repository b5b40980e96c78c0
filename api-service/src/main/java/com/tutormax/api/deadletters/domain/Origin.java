package com.tutormax.api.deadletters.domain;

/**
 * Where a dead letter came from, as its {@code tm-dlt-origin} header says: {@code
 * <topic>-<partition>@<offset>}.
 */
public record Origin(String topic, int partition, long offset) {

  /** The origin named by a header value; for a header that is missing or malformed, none. */
  public static java.util.Optional<Origin> parse(String header) {
    if (header == null) {
      return java.util.Optional.empty();
    }
    int at = header.lastIndexOf('@');
    int dash = at < 0 ? -1 : header.lastIndexOf('-', at);
    if (at < 0 || dash <= 0) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(
          new Origin(
              header.substring(0, dash),
              Integer.parseInt(header.substring(dash + 1, at)),
              Long.parseLong(header.substring(at + 1))));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
