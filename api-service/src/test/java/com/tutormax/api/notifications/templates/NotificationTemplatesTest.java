package com.tutormax.api.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.templates.NotificationTemplates.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind has its subject, text and HTML template: a kind added without them fails here (and
 * would stop the service at start).
 */
class NotificationTemplatesTest {

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindHasASubjectATextAndAnHtmlTemplate(NotificationKind kind) {
    for (Part part : Part.values()) {
      assertThat(getClass().getClassLoader().getResource(part.resource(kind)))
          .as("template %s", part.resource(kind))
          .isNotNull();
    }
  }

  @Test
  void theTemplatesOfEveryKindCompile() {
    new NotificationTemplates();
  }

  @Test
  void aKindsTemplatesAreNamedAfterIt() {
    assertThat(Part.HTML.resource(NotificationKind.MANAGER_WEEKLY_DIGEST))
        .isEqualTo("notifications/templates/manager-weekly-digest.html.mustache");
  }
}
