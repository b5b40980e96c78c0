package com.tutormax.api.feedback.domain;

import java.time.Instant;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A new feedback link: the token is shown this once, with the path of its form. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IssuedToken(String token, String formPath, String sessionId, Instant expiresAt) {}
