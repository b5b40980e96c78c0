package com.tutormax.api.notes.domain;

import java.time.Instant;
import java.util.UUID;

/** A staff member's note on a tutor; the author is whoever was signed in when it was written. */
public record ManagerNote(
    UUID noteId,
    String tutorId,
    String authorId,
    String authorEmail,
    String body,
    Instant createdAt,
    Instant updatedAt) {}
