package fr.portailfamille.retention;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.portailfamille.family.Households;
import fr.portailfamille.shared.HouseholdData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a household's data as a ZIP, entry after entry, row after row, file after file — never the whole of it in
 * memory: {@code resume.html} (readable, in French), {@code donnees/<part>.json} (machine-readable, one file per
 * module, an array per section), {@code documents/…} (the files the family sent: proofs, photos, attachments).
 * Only the given household's data: each module's {@link HouseholdData} reads by household id.
 */
@Component
class DataExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<HouseholdData> parts;
    private final Households households;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate tx;

    DataExport(List<HouseholdData> parts, Households households, MessageSource messages, Clock clock,
               PlatformTransactionManager transactions) {
        this.parts = parts;
        this.households = households;
        this.messages = messages;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void write(long householdId, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            tx.executeWithoutResult(status -> {
                try {
                    summary(householdId, zip);
                    for (HouseholdData part : parts) {
                        json(householdId, part, zip);
                    }
                    Set<String> names = new HashSet<>();
                    for (HouseholdData part : parts) {
                        part.files(householdId, (name, type, content) -> file(zip, names, part.part(), name, content));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        zip.flush();
    }

    private void json(long householdId, HouseholdData part, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("donnees/" + part.part() + ".json"));
        try (JsonGenerator g = JSON.createGenerator(new Unclosed(zip))) {
            g.writeStartObject();
            g.writeStringProperty("partie", part.part());
            g.writeStringProperty("exporte_le", clock.instant().toString());
            String[] current = {null};
            part.rows(householdId, (section, row) -> {
                if (!section.equals(current[0])) {
                    if (current[0] != null) {
                        g.writeEndArray();
                    }
                    g.writeName(section);
                    g.writeStartArray();
                    current[0] = section;
                }
                g.writePOJO(row);
            });
            if (current[0] != null) {
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        zip.closeEntry();
    }

    private void file(ZipOutputStream zip, Set<String> names, String part, String name, byte[] content) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        String path = "documents/" + part + "/" + safe;
        for (int i = 2; !names.add(path); i++) {
            path = "documents/" + part + "/" + i + "-" + safe;
        }
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readable summary: a heading per module, a table per section, every value as text. */
    private void summary(long householdId, ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("resume.html"));
        Writer w = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
        var household = households.household(householdId);
        w.write("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
                + text("data.summary.title") + "</title><style>body{font-family:sans-serif;margin:1rem}"
                + "table{border-collapse:collapse;margin-bottom:1rem}td,th{border:1px solid #999;padding:.2rem .4rem;"
                + "text-align:left;vertical-align:top}</style></head><body>\n");
        w.write("<h1>" + esc(text("data.summary.heading", household.name())) + "</h1>\n<p>"
                + esc(text("data.summary.intro", today().toString())) + "</p>\n");
        for (HouseholdData part : parts) {
            w.write("<h2>" + esc(text("data.part." + part.part())) + "</h2>\n");
            String[] current = {null};
            part.rows(householdId, (section, row) -> {
                try {
                    if (!section.equals(current[0])) {
                        if (current[0] != null) {
                            w.write("</tbody></table>\n");
                        }
                        w.write("<h3>" + esc(text("data.section." + section)) + "</h3>\n<table><thead><tr>");
                        for (String column : row.keySet()) {
                            w.write("<th scope=\"col\">" + esc(column.replace('_', ' ')) + "</th>");
                        }
                        w.write("</tr></thead><tbody>\n");
                        current[0] = section;
                    }
                    w.write("<tr>");
                    for (Map.Entry<String, Object> cell : row.entrySet()) {
                        w.write("<td>" + esc(cell(cell.getValue())) + "</td>");
                    }
                    w.write("</tr>\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.write(current[0] == null ? "<p>" + esc(text("data.summary.nothing")) + "</p>\n" : "</tbody></table>\n");
        }
        w.write("<p>" + esc(text("data.summary.documents")) + "</p>\n</body></html>\n");
        w.flush();
        zip.closeEntry();
    }

    private String cell(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return text(b ? "yes" : "no");
        }
        return value.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRENCH);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** The ZIP stays open when a writer or generator on one of its entries is closed. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
