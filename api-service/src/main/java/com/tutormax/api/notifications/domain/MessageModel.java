package com.tutormax.api.notifications.domain;

import java.util.Map;

/**
 * What a notice's templates are filled with: display-ready values by name, built by the kind's
 * {@code *Message} class. No nulls: a value the templates name must be there (rendering is strict).
 */
public record MessageModel(Map<String, Object> values) {

  public MessageModel {
    values = Map.copyOf(values);
  }
}
