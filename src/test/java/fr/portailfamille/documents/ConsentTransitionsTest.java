package fr.portailfamille.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentTransitionsTest {

    @Test
    void aConsentIsGivenOrRefusedAtAnyTime() {
        assertThat(ConsentTransitions.allowed(null, ConsentAnswer.GIVEN)).isTrue();
        assertThat(ConsentTransitions.allowed(null, ConsentAnswer.REFUSED)).isTrue();
        assertThat(ConsentTransitions.allowed(ConsentAnswer.REFUSED, ConsentAnswer.GIVEN)).isTrue();
        assertThat(ConsentTransitions.allowed(ConsentAnswer.WITHDRAWN, ConsentAnswer.GIVEN)).isTrue();
    }

    @Test
    void onlyAGivenConsentCanBeWithdrawn() {
        assertThat(ConsentTransitions.allowed(ConsentAnswer.GIVEN, ConsentAnswer.WITHDRAWN)).isTrue();
        assertThat(ConsentTransitions.allowed(null, ConsentAnswer.WITHDRAWN)).isFalse();
        assertThat(ConsentTransitions.allowed(ConsentAnswer.REFUSED, ConsentAnswer.WITHDRAWN)).isFalse();
    }

    @Test
    void repeatingTheCurrentAnswerRecordsNothing() {
        assertThat(ConsentTransitions.allowed(ConsentAnswer.GIVEN, ConsentAnswer.GIVEN)).isFalse();
        assertThat(ConsentTransitions.allowed(ConsentAnswer.REFUSED, null)).isFalse();
    }
}
