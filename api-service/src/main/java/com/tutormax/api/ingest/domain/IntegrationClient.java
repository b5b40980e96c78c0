package com.tutormax.api.ingest.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A machine credential for the ingestion API. Its tokens carry the INTEGRATION role, which may post
 * records to /api/ingest/** and nothing else, and stop working as soon as it is revoked.
 */
public record IntegrationClient(
    UUID id,
    String name,
    Instant createdAt,
    String createdBy,
    Instant revokedAt,
    Instant lastTokenAt) {

  /** The role claim of an integration client's tokens; never a person's role. */
  public static final String ROLE = "INTEGRATION";

  public boolean active() {
    return revokedAt == null;
  }
}
