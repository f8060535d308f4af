package fr.portailfamille.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SectionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static SectionForm.Result check(Section section, Map<String, String> raw) {
        return SectionForm.validate(section, raw, TODAY);
    }

    @Test
    void ibanFromSeveralCountriesIsCanonicalAndBicChecked() {
        for (String iban : new String[] {"FR76 3000 6000 0112 3456 7890 189", "DE89 3704 0044 0532 0130 00",
                "be68 5390 0754 7034", "GB82 WEST 1234 5698 7654 32", "ES91 2100 0418 4502 0005 1332"}) {
            var r = check(Section.BANK, Map.of("bankHolder", "A", "iban", iban, "bic", "AGRIFRPP"));
            assertThat(r.errors()).as(iban).isEmpty();
            assertThat(r.value("iban")).doesNotContain(" ").isUpperCase();
        }
        assertThat(check(Section.BANK, Map.of("bankHolder", "A", "iban", "FR76 3000 6000 0112 3456 7890 188"))
                .errors().get("iban").key()).isEqualTo("form.error.iban.BAD_CHECKSUM");
        assertThat(check(Section.BANK, Map.of("bankHolder", "A", "iban", "FR76 3000 6000 0112 3456 7890"))
                .errors().get("iban").key()).isEqualTo("form.error.iban.BAD_LENGTH");
        assertThat(check(Section.BANK, Map.of("bankHolder", "A", "iban", "XX76 3000 6000 0112 3456 7890 189"))
                .errors().get("iban").key()).isEqualTo("form.error.iban.UNKNOWN_COUNTRY");
        assertThat(check(Section.BANK, Map.of("bankHolder", "A", "iban", "DE89370400440532013000", "bic", "AGRI"))
                .errors()).containsOnlyKeys("bic");
        assertThat(check(Section.BANK, Map.of("iban", "DE89370400440532013000")).errors()).containsOnlyKeys("bankHolder");
        assertThat(check(Section.BANK, Map.of()).errors()).isEmpty();
    }

    @Test
    void controlAndInvisibleCharactersAreRefusedButALongTextKeepsItsLineBreaks() {
        for (String bad : new String[] {"Mar\u0000tin", "Martin\u001b[31m", "Dupont\u202Eevil", "Zero\u200Bwidth",
                "Tab\tin a name"}) {
            var r = check(Section.CHILD_IDENTITY, Map.of("firstName", bad, "lastName", "Martin",
                    "birthDate", "2019-05-01", "sex", "F"));
            assertThat(r.errors()).as(bad).containsOnlyKeys("firstName");
            assertThat(r.errors().get("firstName").key()).isEqualTo("form.error.control-characters");
        }
        var health = check(Section.HEALTH, Map.of("pai", "false", "diet", "NONE",
                "medicalNotes", "Asthme léger.\r\nVentoline dans le sac.\tÀ voir."));
        assertThat(health.errors()).isEmpty();
        assertThat(check(Section.HEALTH, Map.of("pai", "false", "diet", "NONE", "medicalNotes", "Bell\u0007"))
                .errors()).containsOnlyKeys("medicalNotes");
        assertThat(check(Section.CHILD_IDENTITY, Map.of("firstName", "Zoé-Élise", "lastName", "N\u2019Diaye",
                "birthDate", "2019-05-01", "sex", "F")).errors()).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() {
        for (String day : new String[] {"31/02/2016", "30/02/2024", "31/04/2020", "2019-02-29"}) {
            var r = check(Section.CHILD_IDENTITY, Map.of("firstName", "Léa", "lastName", "Martin", "birthDate", day,
                    "sex", "F"));
            assertThat(r.errors()).as(day).containsOnlyKeys("birthDate");
        }
        assertThat(check(Section.CHILD_IDENTITY, Map.of("firstName", "Léa", "lastName", "Martin",
                "birthDate", "29/02/2016", "sex", "F")).value("birthDate")).isEqualTo("2016-02-29");
    }

    @Test
    void guardianNeedsNamesAddressAndOnePhone() {
        var r = check(Section.GUARDIAN, Map.of("civility", "Mme", "lastName", "Martin", "firstName", "Claire",
                "addressLine", "1 rue", "postalCode", "4410", "city", "Val", "email", "claire@"));
        assertThat(r.errors()).containsOnlyKeys("postalCode", "email", "phoneMobile");
        assertThat(r.errors().get("phoneMobile").key()).isEqualTo("form.error.one-phone");
        var second = check(Section.SECOND_GUARDIAN, Map.of("civility", "M.", "lastName", "Martin", "firstName", "Julien",
                "phoneWork", "02 40 00 00 00"));
        assertThat(second.errors()).isEmpty();
    }

    @Test
    void fiscalValuesAreParsedFrenchStyle() {
        var r = check(Section.FISCAL, Map.of("referenceIncome", "38 500,50", "taxParts", "2,5", "taxYear", "2025"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.values()).containsEntry("referenceIncome", "3850050").containsEntry("taxParts", "250");
        assertThat(FieldType.PARTS.toInput("250")).isEqualTo("2,5");
        assertThat(check(Section.FISCAL, Map.of("referenceIncome", "-3", "taxParts", "2,3", "taxYear", "1990"))
                .errors()).containsOnlyKeys("referenceIncome", "taxParts", "taxYear");
    }

    @Test
    void healthRecordNeedsActionsForAnAllergyAndRejectsFutureDates() {
        var raw = new HashMap<>(Map.of("foodAllergies", "Arachide", "pai", "true", "diet", "NO_PORK",
                "dtpDate", "2027-01-01"));
        var r = check(Section.HEALTH, raw);
        assertThat(r.errors()).containsOnlyKeys("allergyActions", "dtpDate");
        assertThat(r.errors().get("dtpDate").key()).isEqualTo("form.error.date-future");
        assertThat(check(Section.HEALTH, Map.of("pai", "peut-être", "diet", "HALAL")).errors())
                .containsOnlyKeys("pai", "diet");
        raw.put("allergyActions", "Trousse PAI");
        raw.put("dtpDate", "02/05/2024");
        var ok = check(Section.HEALTH, raw);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.value("dtpDate")).isEqualTo("2024-05-02");
    }

    @Test
    void pickupPersonNeedsNameRelationshipAndPhoneOnceStarted() {
        var r = check(Section.AUTHORISATIONS, Map.of("leaveAlone", "true", "pickup2Relationship", "Oncle"));
        assertThat(r.errors()).containsOnlyKeys("pickup2Name", "pickup2Phone");
        // image rights, emergency care and outings are consents now (documents module), no longer asked here
        assertThat(check(Section.AUTHORISATIONS, Map.of()).errors()).containsOnlyKeys("leaveAlone");
    }

    @Test
    void tooLongTextIsRefusedWithItsLimit() {
        var r = check(Section.COMPLEMENTARY, Map.of("insurer", "x".repeat(121), "policyNumber", "1",
                "schoolYear", "2025-2027"));
        assertThat(r.errors().get("insurer").key()).isEqualTo("form.error.too-long");
        assertThat(r.errors().get("insurer").args()).containsExactly(120);
        assertThat(r.errors().get("schoolYear").key()).isEqualTo("form.error.school-year");
    }

    @Test
    void ibanIsMaskedWhenDisplayed() {
        assertThat(FieldType.IBAN.display("FR7630006000011234567890189")).doesNotContain("3000 6000")
                .contains("*").endsWith("189");
        assertThat(FieldType.IBAN.toInput("FR7630006000011234567890189")).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
    }
}
