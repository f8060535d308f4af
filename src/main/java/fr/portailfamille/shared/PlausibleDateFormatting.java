package fr.portailfamille.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * {@code @DateTimeFormat} as Spring reads it, plus {@link PlausibleDate}: a day or month outside the plausible range
 * fails conversion like an unreadable one, so a form gets its {@code typeMismatch} message next to the field and a
 * request parameter a 400 — for every form and route at once.
 */
final class PlausibleDateFormatting implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
            new Jsr310DateTimeFormatAnnotationFormatterFactory();
    private final Clock clock;

    PlausibleDateFormatting(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<Class<?>> getFieldTypes() {
        return standard.getFieldTypes();
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return standard.getPrinter(annotation, fieldType);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<?> parser = standard.getParser(annotation, fieldType);
        return (text, locale) -> {
            Object value = parser.parse(text, locale);
            LocalDate today = LocalDate.now(clock);
            LocalDate day = value instanceof LocalDate d ? d
                    : value instanceof LocalDateTime t ? t.toLocalDate()
                    : value instanceof YearMonth m ? m.atDay(1) : null;
            if (day != null && !PlausibleDate.accepts(day, today)) {
                throw new IllegalArgumentException("date outside " + PlausibleDate.EARLIEST + " … "
                        + PlausibleDate.latest(today));
            }
            return value;
        };
    }
}
