package fr.portailfamille.onboarding;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of families (format: docs/import-familles.md) read as text lines of named cells: UTF-8 (with or without
 * BOM), {@code ;} or {@code ,} as separator (the header line says which), one household per line. Whatever is not a
 * readable file of that shape is a {@link Problem} with a French message key — never an exception to the page.
 */
final class FamilyFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_HOUSEHOLDS = 5000;
    static final int MAX_CHILDREN = 6;

    static final List<String> REQUIRED = List.of("id_externe", "resident", "resp1_civilite", "resp1_nom",
            "resp1_prenom", "resp1_adresse", "resp1_code_postal", "resp1_ville", "resp1_telephone", "resp1_email");
    static final List<String> OPTIONAL = Stream.concat(Stream.of("resp1_naissance", "resp2_civilite", "resp2_nom",
                    "resp2_prenom", "resp2_telephone", "resp2_email", "caisse", "numero_allocataire", "qf",
                    "qf_depuis", "iban_titulaire", "iban", "bic"),
            Stream.iterate(1, i -> i <= MAX_CHILDREN, i -> i + 1).flatMap(i -> Stream.of("prenom", "nom",
                    "naissance", "sexe").map(c -> "enfant" + i + "_" + c))).toList();

    /** One household line: its number in the file (the header is line 1) and its cells by column name. */
    record Line(long number, Map<String, String> cells) {

        String cell(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** Why a file cannot be read at all: a message key and its arguments. */
    record Problem(String key, Object... args) {
    }

    /** Either the lines, or the problem. */
    record Reading(String text, List<Line> lines, Problem problem) {

        boolean ok() {
            return problem == null;
        }
    }

    private FamilyFile() {
    }

    static Reading read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return fail("import.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            return fail("import.file.too-big", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return binary(bytes) ? fail("import.file.binary") : fail("import.file.encoding");
        }
        if (text.indexOf('\u0000') >= 0 || binary(bytes)) {
            return fail("import.file.binary");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fail("import.file.empty");
        }
        var reading = parse(text);
        return new Reading(text, reading.lines(), reading.problem());
    }

    /** Reads text already decoded (a file kept between the preview and the confirmation). */
    static Reading parse(String text) {
        int firstBreak = text.indexOf('\n');
        String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char delimiter = count(header, ';') >= count(header, ',') ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            List<String> columns = parser.getHeaderNames().stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
            var missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                return fail(missing.size() == REQUIRED.size() ? "import.file.not-csv" : "import.file.missing-columns",
                        String.join(", ", missing));
            }
            Set<String> known = Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).collect(Collectors.toSet());
            var unknown = columns.stream().filter(c -> !c.isEmpty() && !known.contains(c)).toList();
            if (!unknown.isEmpty()) {
                return fail("import.file.unknown-columns", String.join(", ", unknown));
            }
            var lines = new ArrayList<Line>();
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_HOUSEHOLDS) {
                    return fail("import.file.too-many", MAX_HOUSEHOLDS);
                }
                var cells = new LinkedHashMap<String, String>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    if (!columns.get(i).isEmpty()) {
                        cells.put(columns.get(i), record.get(i));
                    }
                }
                if (record.size() > columns.size()) {
                    cells.put("", "extra");
                }
                lines.add(new Line(parser.getCurrentLineNumber(), cells));
            }
            if (lines.isEmpty()) {
                return fail("import.file.no-household");
            }
            return new Reading(text, lines, null);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return fail("import.file.malformed");
        }
    }

    /** Text files have almost no bytes below 0x09 (NUL, the start of a ZIP or an image header). */
    private static boolean binary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] >= 0 && bytes[i] < 0x09) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static Reading fail(String key, Object... args) {
        return new Reading(null, List.of(), new Problem(key, args));
    }
}
