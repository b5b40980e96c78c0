package com.tutormax.api.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be: 12–128 characters, at least three of lower case, upper case, digits and
 * symbols, and not containing the account's e-mail name. Length beats composition rules, so 12 is
 * the floor; the class rule only stops the most guessable long strings.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** The reasons a password is refused; empty when it is acceptable. */
  public static List<String> violations(String password, String email) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add("must be at least " + MIN_LENGTH + " characters");
      return problems;
    }
    if (password.length() > MAX_LENGTH) {
      problems.add("must be at most " + MAX_LENGTH + " characters");
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (classes < 3) {
      problems.add("must mix at least three of: lower case, upper case, digits, symbols");
    }
    if (email != null && email.contains("@")) {
      String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
      if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
        problems.add("must not contain the e-mail name");
      }
    }
    return problems;
  }
}
