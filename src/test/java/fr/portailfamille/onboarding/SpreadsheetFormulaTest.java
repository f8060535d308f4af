package fr.portailfamille.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetFormulaTest {

    @Test
    void cellsASpreadsheetWouldRunAreCaught() {
        for (String formula : new String[] {"=cmd|' /C calc'!A0", "=1+1", "@SUM(A1:A2)", "+HYPERLINK(\"x\")",
                "-2+3+cmd|' /C calc'!A0", "\t=1", "\r=1"}) {
            assertThat(SpreadsheetFormula.looksLikeOne(formula)).as(formula).isTrue();
        }
    }

    @Test
    void ordinaryValuesIncludingInternationalPhoneNumbersPass() {
        for (String value : new String[] {"", "Martin", "+33 6 12 34 56 78", "-12", "06.12.34.56.78",
                "Jean-Pierre", "a=b", "Lefèvre"}) {
            assertThat(SpreadsheetFormula.looksLikeOne(value)).as(value).isFalse();
        }
    }
}
