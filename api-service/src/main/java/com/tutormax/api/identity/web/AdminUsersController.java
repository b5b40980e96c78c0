package com.tutormax.api.identity.web;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.identity.service.UserAdminService;
import com.tutormax.api.identity.service.UserAdminService.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Accounts and roles; ADMIN only (enforced in SecurityConfiguration). */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Admin: users", description = "Accounts and roles, admin only")
class AdminUsersController {

  private final UserAdminService admin;

  AdminUsersController(UserAdminService admin) {
    this.admin = admin;
  }

  record UserView(
      UUID id,
      String email,
      String name,
      String status,
      Set<Role> roles,
      String tutorId,
      String studentId) {
    static UserView of(User user) {
      return new UserView(
          user.id(),
          user.email(),
          user.displayName(),
          user.status().name(),
          user.roles(),
          user.tutorId(),
          user.studentId());
    }
  }

  record NewUser(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 128) String password,
      @NotNull Set<Role> roles,
      @Size(max = 50) String tutorId,
      @Size(max = 50) String studentId) {}

  record Roles(@NotNull Set<Role> roles) {}

  private static Actor actor(Jwt jwt) {
    return new Actor(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString("email"));
  }

  @GetMapping
  @Operation(summary = "All users with their roles")
  Flux<UserView> list() {
    return admin.list().map(UserView::of);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a user with roles")
  Mono<UserView> create(
      @AuthenticationPrincipal Jwt jwt,
      @Valid @RequestBody NewUser body,
      ServerHttpRequest request) {
    return admin
        .create(
            actor(jwt),
            body.email(),
            body.name(),
            body.password(),
            body.roles(),
            body.tutorId(),
            body.studentId(),
            ClientInfo.of(request))
        .map(UserView::of);
  }

  @PutMapping("/{id}/roles")
  @Operation(summary = "Replace a user's roles (never one's own); audited")
  Mono<UserView> roles(
      @AuthenticationPrincipal Jwt jwt,
      @PathVariable UUID id,
      @Valid @RequestBody Roles body,
      ServerHttpRequest request) {
    return admin
        .assignRoles(actor(jwt), id, body.roles(), ClientInfo.of(request))
        .map(UserView::of);
  }

  @PostMapping("/{id}/deactivate")
  @Operation(summary = "Disable an account and revoke its sessions")
  Mono<UserView> deactivate(
      @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, ServerHttpRequest request) {
    return admin.deactivate(actor(jwt), id, ClientInfo.of(request)).map(UserView::of);
  }
}
