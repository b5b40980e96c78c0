package com.tutormax.api.notes.web;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.notes.domain.ManagerNote;
import com.tutormax.api.notes.domain.NoteAuthor;
import com.tutormax.api.notes.service.NoteService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Manager notes on a tutor (ADMIN, OPS_MANAGER, PEOPLE_OPS; SecurityConfiguration). The author is
 * taken from the access token; a body that names an author is refused rather than silently ignored,
 * so a client that believes it can set one learns otherwise.
 */
@RestController
@RequestMapping("/api/tutors/{tutorId}/notes")
@Tag(name = "Tutor notes", description = "Staff's notes on a tutor; only the author edits")
class NotesController {

  private final NoteService notes;

  NotesController(NoteService notes) {
    this.notes = notes;
  }

  /** The only field a client sends; author fields are listed to refuse them. */
  record NoteBody(String body, String author, String authorId, String authorEmail) {

    void mustNotNameAnAuthor() {
      if (author != null || authorId != null || authorEmail != null) {
        throw new ResponseStatusException(
            HttpStatus.BAD_REQUEST,
            "The author is the signed-in user; the request must not name one");
      }
    }
  }

  @GetMapping
  @Operation(summary = "The tutor's notes, newest first")
  Mono<List<ManagerNote>> list(@PathVariable String tutorId) {
    return notes.list(tutorId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Write a note (1–2,000 characters); the signed-in user is its author")
  Mono<ManagerNote> create(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String tutorId,
      @RequestBody NoteBody body,
      ServerHttpRequest request) {
    body.mustNotNameAnAuthor();
    return notes.create(author(jwt), tutorId, body.body(), ClientInfo.of(request));
  }

  @PutMapping("/{noteId}")
  @Operation(summary = "Change your own note's text (403 for someone else's)")
  Mono<ManagerNote> edit(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String tutorId,
      @PathVariable UUID noteId,
      @RequestBody NoteBody body,
      ServerHttpRequest request) {
    body.mustNotNameAnAuthor();
    return notes.edit(author(jwt), tutorId, noteId, body.body(), ClientInfo.of(request));
  }

  @DeleteMapping("/{noteId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete your own note (an ADMIN may delete any; 403 otherwise)")
  Mono<Void> delete(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable String tutorId,
      @PathVariable UUID noteId,
      ServerHttpRequest request) {
    return notes.delete(author(jwt), tutorId, noteId, ClientInfo.of(request));
  }

  private static NoteAuthor author(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    return new NoteAuthor(
        jwt.getSubject(), jwt.getClaimAsString("email"), roles != null && roles.contains("ADMIN"));
  }
}
