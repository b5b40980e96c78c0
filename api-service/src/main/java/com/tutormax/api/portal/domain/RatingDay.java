package com.tutormax.api.portal.domain;

import java.time.LocalDate;

/** The average of the ratings a tutor received on one UTC day, and how many there were. */
public record RatingDay(LocalDate day, double average, int ratings) {}
