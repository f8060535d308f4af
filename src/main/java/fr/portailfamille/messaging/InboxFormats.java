package fr.portailfamille.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates of messages for templates ({@code ${@inboxFormats.when(m.sentAt)}}), in the town's time zone. */
@Component("inboxFormats")
class InboxFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

    private final Clock clock;

    InboxFormats(Clock clock) {
        this.clock = clock;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    /** ISO form for the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public long kilobytes(Integer bytes) {
        return bytes == null ? 0 : Math.max(1, Math.round(bytes / 1024.0));
    }
}
