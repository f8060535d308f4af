package fr.portailfamille.messaging;

import java.util.Optional;

/**
 * The rules of a message's text: a subject of at most {@value #MAX_SUBJECT} characters and a body of at
 * most {@value #MAX_BODY} characters, both required. Line breaks count as one character whatever the
 * browser sends (CR LF or LF), as the textarea's own counter does; lengths are in code points.
 */
final class MessageText {

    static final int MAX_SUBJECT = 150;
    static final int MAX_BODY = 5000;

    private MessageText() {
    }

    /** Trims and turns CR LF / CR into LF; null becomes the empty string. */
    static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The message key of what is wrong with a subject, if anything. */
    static Optional<String> subjectProblem(String subject) {
        String s = normalise(subject);
        if (s.isEmpty()) {
            return Optional.of("message.subject.required");
        }
        if (s.contains("\n") || length(s) > MAX_SUBJECT) {
            return Optional.of("message.subject.too-long");
        }
        return Optional.empty();
    }

    /** The message key of what is wrong with a body, if anything. */
    static Optional<String> bodyProblem(String body) {
        String s = normalise(body);
        if (s.isEmpty()) {
            return Optional.of("message.body.required");
        }
        if (length(s) > MAX_BODY) {
            return Optional.of("message.body.too-long");
        }
        return Optional.empty();
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
