package com.tutormax.api.home.domain;

import java.time.LocalDate;

/**
 * One day of the 30-day churn trend: tutors scored that day, their mean score, how many at risk.
 */
public record TrendDay(LocalDate day, long tutors, double meanScore, long atRisk, long critical) {}
