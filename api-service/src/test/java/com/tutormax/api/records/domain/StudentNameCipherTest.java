package com.tutormax.api.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.api.records.domain.StudentNameCipher.UnreadableNameException;
import com.tutormax.common.security.SigningKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StudentNameCipherTest {

  private static final String SECRET = "a-test-secret-of-reasonable-length";
  private final StudentNameCipher cipher = StudentNameCipher.fromSecret(SECRET);

  @Test
  void roundTripsAnyNameThroughVersionIvAndCiphertext() {
    String name = "Zoë O'Brien-Łukasiewicz, \"Jr\" 学生";
    byte[] stored = cipher.encrypt(name, "S-1");
    assertThat(stored[0]).isEqualTo(StudentNameCipher.VERSION);
    assertThat(stored).hasSize(1 + 12 + name.getBytes(StandardCharsets.UTF_8).length + 16);
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Brien");
    assertThat(cipher.decrypt(stored, "S-1")).isEqualTo(name);
  }

  @Test
  void everyEncryptionUsesAFreshIv() {
    byte[] first = cipher.encrypt("Sam", "S-1");
    byte[] second = cipher.encrypt("Sam", "S-1");
    assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
    assertThat(first).isNotEqualTo(second);
    assertThat(cipher.decrypt(second, "S-1")).isEqualTo("Sam");
  }

  @Test
  void anyAlteredByteIsDetected() {
    byte[] stored = cipher.encrypt("Sam Student", "S-1");
    for (int i = 0; i < stored.length; i++) {
      byte[] tampered = stored.clone();
      tampered[i] ^= 0x01;
      assertThatThrownBy(() -> cipher.decrypt(tampered, "S-1"))
          .as("byte %d flipped", i)
          .isInstanceOf(UnreadableNameException.class);
    }
    assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(stored, stored.length - 1), "S-1"))
        .isInstanceOf(UnreadableNameException.class);
  }

  @Test
  void aNameMovedToAnotherStudentOrReadWithAnotherKeyDoesNotDecrypt() {
    byte[] stored = cipher.encrypt("Sam Student", "S-1");
    assertThatThrownBy(() -> cipher.decrypt(stored, "S-2"))
        .isInstanceOf(UnreadableNameException.class);
    StudentNameCipher other = StudentNameCipher.fromSecret(SECRET + "-rotated");
    assertThatThrownBy(() -> other.decrypt(stored, "S-1"))
        .isInstanceOf(UnreadableNameException.class);
  }

  @Test
  void theKeyIsNotTheJwtSigningKeyOfTheSameSecret() {
    byte[] jwtKey = SigningKey.fromSecret(SECRET).getEncoded();
    byte[] nameKey = StudentNameCipher.deriveKey(SECRET);
    assertThat(nameKey).hasSize(32).isNotEqualTo(jwtKey);
    assertThat(StudentNameCipher.deriveKey(SECRET)).isEqualTo(nameKey);
  }

  @Test
  void aMissingSecretIsRefused() {
    assertThatThrownBy(() -> StudentNameCipher.fromSecret(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
