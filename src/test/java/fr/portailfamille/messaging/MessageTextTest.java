package fr.portailfamille.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void subjectIsRequiredOnOneLineOfAtMost150Characters() {
        assertThat(MessageText.subjectProblem(null)).contains("message.subject.required");
        assertThat(MessageText.subjectProblem("   ")).contains("message.subject.required");
        assertThat(MessageText.subjectProblem("Inscription")).isEmpty();
        assertThat(MessageText.subjectProblem("a".repeat(150))).isEmpty();
        assertThat(MessageText.subjectProblem("a".repeat(151))).contains("message.subject.too-long");
        assertThat(MessageText.subjectProblem("deux\nlignes")).contains("message.subject.too-long");
    }

    @Test
    void bodyIsRequiredAndAtMost5000CharactersCountingALineBreakAsOne() {
        assertThat(MessageText.bodyProblem("")).contains("message.body.required");
        assertThat(MessageText.bodyProblem("\r\n \n")).contains("message.body.required");
        assertThat(MessageText.bodyProblem("x".repeat(5000))).isEmpty();
        assertThat(MessageText.bodyProblem("x".repeat(5001))).contains("message.body.too-long");
        // 2,500 lines sent by a browser as CR LF: 4,999 characters as the textarea counts them
        String lines = String.join("\r\n", java.util.Collections.nCopies(2500, "x"));
        assertThat(MessageText.bodyProblem(lines)).isEmpty();
    }

    @Test
    void lengthsAreCountedInCodePoints() {
        String emoji = "\uD83D\uDE00";
        assertThat(MessageText.bodyProblem(emoji.repeat(5000))).isEmpty();
        assertThat(MessageText.bodyProblem(emoji.repeat(5001))).contains("message.body.too-long");
    }

    @Test
    void normaliseTrimsAndUnifiesLineBreaks() {
        assertThat(MessageText.normalise("  a\r\nb\rc \n")).isEqualTo("a\nb\nc");
        assertThat(MessageText.normalise(null)).isEmpty();
    }

    @Test
    void excerptFlattensAndCutsLongBodies() {
        assertThat(MessageStore.excerpt("Bonjour,\n\nmerci")).isEqualTo("Bonjour, merci");
        String excerpt = MessageStore.excerpt("mot ".repeat(100));
        assertThat(excerpt).endsWith("…");
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(MessageStore.EXCERPT_LENGTH);
    }
}
