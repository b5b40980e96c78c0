package com.tutormax.api.notifications.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.tutormax.api.notifications.domain.Message;
import com.tutormax.api.notifications.domain.MessageModel;
import com.tutormax.api.notifications.domain.NotificationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a notice from its kind's three Mustache templates on the classpath under {@value
 * #LOCATION}: {@code <kind>.subject.mustache}, {@code <kind>.txt.mustache} and {@code
 * <kind>.html.mustache}, where {@code <kind>} is the kind's name in lower case with dashes (e.g.
 * {@code feedback-reminder}). The HTML template escapes every value; the subject and text do not.
 * All templates are compiled when this is built, so a kind without its templates stops the service
 * at start (and fails the build's template test) rather than a job at run time.
 */
public final class NotificationTemplates {

  public static final String LOCATION = "notifications/templates/";

  /** The three parts every kind needs. */
  public enum Part {
    SUBJECT("subject"),
    TEXT("txt"),
    HTML("html");

    private final String extension;

    Part(String extension) {
      this.extension = extension;
    }

    public String resource(NotificationKind kind) {
      return LOCATION
          + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
          + "."
          + extension
          + ".mustache";
    }
  }

  private record Compiled(Template subject, Template text, Template html) {}

  private final Map<NotificationKind, Compiled> templates = new EnumMap<>(NotificationKind.class);

  public NotificationTemplates() {
    // Strict: a value a template names but the model lacks is an error, not an empty string.
    Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true);
    Mustache.Compiler html = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true);
    for (NotificationKind kind : NotificationKind.values()) {
      templates.put(
          kind,
          new Compiled(
              plain.compile(read(Part.SUBJECT.resource(kind))),
              plain.compile(read(Part.TEXT.resource(kind))),
              html.compile(read(Part.HTML.resource(kind)))));
    }
  }

  public Message render(NotificationKind kind, MessageModel model) {
    Compiled t = templates.get(kind);
    Map<String, Object> values = model.values();
    return new Message(
        t.subject().execute(values).strip(),
        t.text().execute(values).stripTrailing(),
        t.html().execute(values));
  }

  private static String read(String resource) {
    try (InputStream in =
        NotificationTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing notification template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
