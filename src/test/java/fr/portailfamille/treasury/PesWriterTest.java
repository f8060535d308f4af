package fr.portailfamille.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

class PesWriterTest {

    static final PesSettings SETTINGS = new PesSettings("0420000", "21420218600017", "001", "01", "SJ01", "7067", "",
            "Portail Famille", "Service Jeunesse factures {MOIS}");

    private static final PesFile.Debtor LEFEVRE = new PesFile.Debtor("F12", "Mme", "Lefèvre", "Élodie",
            "3 rue de l'Église", "42000", "Saint-Étienne", true);
    private static final PesFile.Debtor COEUR = new PesFile.Debtor("F13", "M.", "Cœur", "Jean-François",
            "12 bd Jules Ferry\tbât. B", "42100", "Saint-Étienne", true);

    static PesFile sample(boolean withPdf) {
        var first = new PesFile.Title(41, "2026-000041", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 4250,
                List.of(new PesFile.Line("Zoé – Restauration scolaire (17 repas)", 3400),
                        new PesFile.Line("Zoé – Périscolaire matin (5 × 1,70 €)", 850)),
                LEFEVRE, new PesFile.Sepa("RUM-2026-0001", LocalDate.of(2025, 9, 1), true, LocalDate.of(2026, 11, 30),
                        "FR14 2004 1010 0505 0001 3M02 606", null, "Élodie Lefèvre"),
                withPdf ? "FACT2026000041" : null);
        var second = new PesFile.Title(42, "2026-000042", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 1999,
                List.of(new PesFile.Line("Noël – Accueil de loisirs (mercredis)", 1999)), COEUR, null, null);
        List<PesFile.Attachment> pj = withPdf
                ? List.of(new PesFile.Attachment("FACT2026000041", "facture-2026-000041.pdf", "Facture 2026-000041",
                        "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII)))
                : List.of();
        return new PesFile("PES-2026-10-1.xml", LocalDate.of(2026, 11, 5), YearMonth.of(2026, 10), 1,
                List.of(first, second), pj);
    }

    static byte[] write(PesFile file) throws Exception {
        var out = new ByteArrayOutputStream();
        new PesWriter(SETTINGS).write(file, out);
        return out.toByteArray();
    }

    @Test
    void aMonthOfInvoicesIsAValidPesAller() throws Exception {
        byte[] xml = write(sample(false));
        assertThatCode(() -> PesSchema.validate(xml)).doesNotThrowAnyException();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pes-sample.xml"), xml); // a sample for reviewers

        Document doc = parse(xml);
        var xp = XPathFactory.newInstance().newXPath();
        assertThat(xp.evaluate("/*/EnTetePES/IdColl/@V", doc)).isEqualTo("21420218600017");
        assertThat(xp.evaluate("/*/EnTetePES/CodCol/@V", doc)).isEqualTo("001");
        assertThat(xp.evaluate("count(//Bordereau)", doc)).isEqualTo("1");
        assertThat(xp.evaluate("//BlocBordereau/NbrPce/@V", doc)).isEqualTo("2");
        assertThat(xp.evaluate("//BlocBordereau/MtBordHt/@V", doc)).isEqualTo("62.49");
        assertThat(xp.evaluate("count(//Piece[1]/LigneDePiece)", doc)).isEqualTo("2");
        assertThat(xp.evaluate("//Piece[1]/BlocPiece/NumeroFacture/@V", doc)).isEqualTo("2026-000041");
        assertThat(xp.evaluate("//Piece[1]/BlocPiece/NumDette/@V", doc)).isEqualTo("2026000041");
        assertThat(xp.evaluate("//Piece[1]/LigneDePiece[1]/BlocLignePiece/InfoLignePiece/ObjLignePce/@V", doc))
                .isEqualTo("ZOE - RESTAURATION SCOLAIRE (17 REPAS)");
        assertThat(xp.evaluate("//Piece[1]/LigneDePiece[2]/BlocLignePiece/InfoLignePiece/MtHT/@V", doc))
                .isEqualTo("8.50");
        // the SEPA block: first collection of the mandate
        assertThat(xp.evaluate("//Piece[1]//InfoPrelevementSEPA/RefUniMdt/@V", doc)).isEqualTo("RUM-2026-0001");
        assertThat(xp.evaluate("//Piece[1]//InfoPrelevementSEPA/SequencePres/@V", doc)).isEqualTo("02");
        assertThat(xp.evaluate("//Piece[1]//CpteBancaire/IBAN/@V", doc)).isEqualTo("FR1420041010050500013M02606");
        assertThat(xp.evaluate("count(//Piece[2]//InfoPrelevementSEPA)", doc)).isEqualTo("0");
        // the debtor, cleaned for Hélios (no accents, no control characters)
        assertThat(xp.evaluate("//Piece[2]//Tiers/InfoTiers/Nom/@V", doc)).isEqualTo("COEUR");
        assertThat(xp.evaluate("//Piece[2]//Tiers/Adresse/Adr2/@V", doc)).isEqualTo("12 BD JULES FERRY BAT. B");
        assertThat(xp.evaluate("//Piece[1]//Tiers/Adresse/Ville/@V", doc)).isEqualTo("SAINT-ETIENNE");
    }

    @Test
    void invoicePdfsTravelAsPesPjReferencedFromTheirTitle() throws Exception {
        byte[] xml = write(sample(true));
        assertThatCode(() -> PesSchema.validate(xml)).doesNotThrowAnyException();
        Document doc = parse(xml);
        var xp = XPathFactory.newInstance().newXPath();
        assertThat(xp.evaluate("//Piece[1]/BlocPiece/PJRef/IdUnique/@V", doc)).isEqualTo("FACT2026000041");
        assertThat(xp.evaluate("/*/PES_PJ/PJ/IdUnique/@V", doc)).isEqualTo("FACT2026000041");
        assertThat(xp.evaluate("/*/PES_PJ/PJ/Contenu/Fichier", doc)).isEqualTo("JVBERi0xLjQgZmFrZQ==");
    }

    @Test
    void theSameValidationRefusesABrokenFile() throws Exception {
        String xml = new String(write(sample(false)), StandardCharsets.UTF_8);
        // a town code of two digits
        byte[] badTown = xml.replace("<CodCol V=\"001\"/>", "<CodCol V=\"01\"/>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PesSchema.validate(badTown)).isInstanceOf(SAXException.class)
                .hasMessageContaining("01");
        // a title without its lines
        byte[] noLines = xml.replaceFirst("(?s)<LigneDePiece>.*?</LigneDePiece>(<LigneDePiece>.*?</LigneDePiece>)?</Piece>",
                "</Piece>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PesSchema.validate(noLines)).isInstanceOf(SAXException.class);
        // a zero amount
        byte[] zero = xml.replace("<MtHT V=\"8.50\"/>", "<MtHT V=\"0.00\"/>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PesSchema.validate(zero)).isInstanceOf(SAXException.class);
    }

    private static Document parse(byte[] xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
