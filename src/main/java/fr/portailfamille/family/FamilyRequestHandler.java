package fr.portailfamille.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.portailfamille.requests.RequestAttachments;
import fr.portailfamille.requests.RequestHandler;
import fr.portailfamille.requests.RequestView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Applies the family module's kinds of request ({@code family.*}) when an agent accepts them. */
@Component
class FamilyRequestHandler implements RequestHandler {

    private static final Set<Section> BULK = Set.of(Section.FISCAL, Section.COMPLEMENTARY, Section.CHILD_IDENTITY);

    private final SectionApplier applier;
    private final RequestAttachments attachments;
    private final MessageSource messages;
    private final ZoneId zone;

    FamilyRequestHandler(SectionApplier applier, RequestAttachments attachments, MessageSource messages,
                         java.time.Clock clock) {
        this.applier = applier;
        this.attachments = attachments;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @Override
    public Set<String> kinds() {
        return Stream.of(Section.values()).map(Section::kind).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void apply(RequestView request) {
        Section section = section(request);
        var file = section.upload() == Section.Upload.NONE ? null : attachments.of(request.id()).orElse(null);
        applier.apply(section, request.householdId(), request.subjectId(), request.proposed(), file,
                LocalDate.ofInstant(request.createdAt(), zone));
    }

    @Override
    public Map<String, String> currentValues(RequestView request) {
        Section section = section(request);
        if (section == Section.NEW_CHILD) {
            return request.current();
        }
        return applier.current(section, request.householdId(), request.subjectId());
    }

    @Override
    public String displayValue(String kind, String field, String value, Locale locale) {
        var section = Section.ofKind(kind).orElseThrow();
        return FieldDisplay.of(section, field, value, messages, locale);
    }

    @Override
    public boolean bulkAcceptable(String kind) {
        return Section.ofKind(kind).map(BULK::contains).orElse(false);
    }

    private static Section section(RequestView request) {
        return Section.ofKind(request.kind()).orElseThrow();
    }
}
