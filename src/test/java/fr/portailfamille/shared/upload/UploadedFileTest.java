package fr.portailfamille.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadedFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Photo de Léa (2).JPG                 | jpg  | Photo_de_Lea_2.jpg",
        "C:\\Users\\Élodie\\scan CAF.pdf      | pdf  | scan_CAF.pdf",
        "../../etc/passwd                     | pdf  | passwd.pdf",
        "<script>alert(1)</script>.png        | .JPG | script.jpg",
        "--rapport_final--.docx.exe           | pdf  | rapport_final--_docx.pdf",
        "CON.pdf                              | pdf  | fichier_CON.pdf",
        "....                                 | png  | fichier.png",
        "NULL                                 | jpg  | fichier.jpg",
        "日本語.pdf                            | pdf  | fichier.pdf",
    })
    void safe_file_names_keep_ascii_letters_digits_dash_underscore(String original, String extension, String expected) {
        assertThat(UploadedFile.safeFileName(original, extension)).isEqualTo(expected);
    }

    @Test
    void safe_file_name_base_is_at_most_60_characters() {
        String name = UploadedFile.safeFileName("a".repeat(59) + " b" + "c".repeat(100) + ".pdf", "pdf");
        assertThat(name).isEqualTo("a".repeat(59) + ".pdf");
        assertThat(UploadedFile.safeFileName("x".repeat(200), "jpg")).hasSize(60 + 4);
    }

    @Test
    void extension_must_be_plain() {
        assertThatIllegalArgumentException().isThrownBy(() -> UploadedFile.safeFileName("a", "p/df"));
        assertThatIllegalArgumentException().isThrownBy(() -> UploadedFile.safeFileName("a", ""));
    }

    @Test
    void to_string_shows_no_content_and_content_is_copied() {
        byte[] bytes = {1, 2, 3};
        UploadedFile file = new UploadedFile("a.pdf", "application/pdf", bytes);
        bytes[0] = 9;
        file.content()[1] = 9;
        assertThat(file.content()).containsExactly(1, 2, 3);
        assertThat(file.size()).isEqualTo(3);
        assertThat(file).hasToString("UploadedFile[originalName=a.pdf, contentType=application/pdf, size=3]");
        assertThat(file).isEqualTo(new UploadedFile("a.pdf", "application/pdf", new byte[] {1, 2, 3}));
    }

    @Test
    void every_rejection_has_a_french_and_english_message() throws IOException {
        Properties fr = load("/i18n/shared.properties");
        Properties en = load("/i18n/shared_en.properties");
        for (UploadRejection reason : UploadRejection.values()) {
            assertThat(reason.messageKey()).startsWith("upload.rejected.");
            assertThat(fr.getProperty(reason.messageKey())).as(reason + " fr").isNotBlank();
            assertThat(en.getProperty(reason.messageKey())).as(reason + " en").isNotBlank();
        }
        assertThat(fr.getProperty("upload.rejected.too-large")).isEqualTo("Le fichier dépasse 5 Mo.");
        assertThat(new UploadRejectedException(UploadRejection.TOO_LARGE, "x").messageKey())
                .isEqualTo("upload.rejected.too-large");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UploadedFileTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
