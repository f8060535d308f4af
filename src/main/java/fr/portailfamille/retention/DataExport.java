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
    /** A section with more columns than this is written as a form, one field a line, not as a wide table. */
    private static final int WIDE = 8;

    private final List<HouseholdData> parts;
    private final Households households;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate tx;

    DataExport(List<HouseholdData> parts, Households households, MessageSource messages, Clock clock,
               PlatformTransactionManager transactions) {
        this.parts = parts.stream().sorted(java.util.Comparator.comparingInt(DataExport::rank)).toList();
        this.households = households;
        this.messages = messages;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
    }

    /** The family record first, then the other parts in the order a family thinks of them; any other part last. */
    private static final List<String> ORDER = List.of("famille", "comptes", "demandes", "inscriptions", "agenda",
            "facturation", "messages");

    private static int rank(HouseholdData part) {
        int i = ORDER.indexOf(part.part());
        return i < 0 ? ORDER.size() : i;
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
                + "text-align:left;vertical-align:top}td.gap{border:0;height:.6rem}</style></head><body>\n");
        w.write("<h1>" + esc(text("data.summary.heading", household.name())) + "</h1>\n<p>"
                + esc(text("data.summary.intro", today().toString())) + "</p>\n");
        for (HouseholdData part : parts) {
            String[] current = {null};
            part.rows(householdId, (section, row) -> {
                try {
                    boolean wide = row.size() > WIDE;
                    if (!section.equals(current[0])) {
                        if (current[0] == null) { // a part that holds nothing for the family has no heading
                            w.write("<h2>" + esc(text("data.part." + part.part())) + "</h2>\n");
                        } else {
                            w.write("</tbody></table>\n");
                        }
                        w.write("<h3>" + esc(text("data.section." + section)) + "</h3>\n<table><tbody>\n");
                        if (!wide) {
                            w.write("<tr>");
                            for (String column : row.keySet()) {
                                w.write("<th scope=\"col\">" + esc(label(column)) + "</th>");
                            }
                            w.write("</tr>\n");
                        }
                        current[0] = section;
                    }
                    if (wide) { // a record with many fields reads down, one field a line
                        for (Map.Entry<String, Object> cell : row.entrySet()) {
                            w.write("<tr><th scope=\"row\">" + esc(label(cell.getKey())) + "</th><td>"
                                    + esc(cell(cell.getKey(), cell.getValue())) + "</td></tr>\n");
                        }
                        w.write("<tr><td colspan=\"2\" class=\"gap\"></td></tr>\n");
                        return;
                    }
                    w.write("<tr>");
                    for (Map.Entry<String, Object> cell : row.entrySet()) {
                        w.write("<td>" + esc(cell(cell.getKey(), cell.getValue())) + "</td>");
                    }
                    w.write("</tr>\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (current[0] != null) {
                w.write("</tbody></table>\n");
            }
        }
        w.write("<p>" + esc(text("data.summary.documents")) + "</p>\n</body></html>\n");
        w.flush();
        zip.closeEntry();
    }

    /** A column's French label ({@code data.column.*}), or its name made readable. */
    private String label(String column) {
        return messages.getMessage("data.column." + column, null, column.replace('_', ' '), Locale.FRENCH);
    }

    private String cell(String column, Object value) {
        if (value == null) {
            return "—";
        }
        if (column.endsWith("_cents") && value instanceof Number n) {
            return fr.portailfamille.shared.Money.ofCents(n.longValue()).format();
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
