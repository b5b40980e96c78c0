package com.tutormax.common.domain;

/**
 * The COPPA rule, in one place: data about a child under 13 (a registration, a rating) may be
 * collected only with recorded parental consent.
 */
public final class Coppa {

  /** Children below this age need their parent's consent. */
  public static final int CONSENT_AGE = 13;

  private Coppa() {}

  public static boolean mayCollect(int age, boolean parentalConsent) {
    return age >= CONSENT_AGE || parentalConsent;
  }
}
