package com.tutormax.api.interventions.service;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.notifications.domain.MessageModel;
import com.tutormax.api.notifications.domain.NotificationKind;
import com.tutormax.api.notifications.domain.Recipient;
import com.tutormax.api.notifications.service.NotificationService;
import com.tutormax.api.notifications.service.NotificationService.Notice;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Records a task notice to a staff member, addressed by the role they work the task in. */
@Component
class TaskNotices {

  private final NotificationService notifications;

  TaskNotices(NotificationService notifications) {
    this.notifications = notifications;
  }

  /** True if the notice is new (its dedupe key was not recorded before). */
  Mono<Boolean> tell(
      User person, NotificationKind kind, MessageModel message, String dedupeKey, String tutorId) {
    String id = person.id().toString();
    Recipient recipient =
        person.roles().contains(Role.OPS_MANAGER)
            ? Recipient.opsManager(id, person.email())
            : Recipient.peopleOps(id, person.email());
    return notifications.record(new Notice(kind, recipient, message, dedupeKey, null, tutorId));
  }
}
