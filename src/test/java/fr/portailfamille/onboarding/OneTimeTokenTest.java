package fr.portailfamille.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    @Test
    void aTokenIsRandomUrlSafeAndOnlyItsHashIsKeptInItsText() {
        var a = OneTimeToken.generate();
        var b = OneTimeToken.generate();
        assertThat(a.value()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b.value());
        assertThat(a.hash()).hasSize(64).isEqualTo(OneTimeToken.hashOf(a.value()));
        assertThat(a.toString()).doesNotContain(a.value());
    }
}
