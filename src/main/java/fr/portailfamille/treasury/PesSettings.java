package fr.portailfamille.treasury;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The town's identifiers in Hélios ({@code portail.pes.*}), given by its public accountant.
 *
 * @param idPost      IdPost: the accountant's post (poste comptable), 6 or 7 digits
 * @param idColl      IdColl: the town's SIRET (up to 14 digits)
 * @param codCol      CodCol: the town's code in Hélios (3 digits)
 * @param codBud      CodBud: the budget code (2 characters)
 * @param productCode CodProdLoc: the local product code of the revenue (up to 4 letters or digits)
 * @param nature      Nature: the budget account of the revenue (e.g. 7067, services périscolaires)
 * @param function    Fonction: the budget function, or empty
 * @param sender      Emetteur/Sigle: who sends the file
 * @param object      the bordereau's and each title's object, {@code {MOIS}} replaced by the month (MM/YYYY)
 */
@ConfigurationProperties("portail.pes")
record PesSettings(
        @DefaultValue("0420000") String idPost,
        @DefaultValue("21420218600017") String idColl,
        @DefaultValue("001") String codCol,
        @DefaultValue("01") String codBud,
        @DefaultValue("SJ01") String productCode,
        @DefaultValue("7067") String nature,
        @DefaultValue("") String function,
        @DefaultValue("PORTAIL FAMILLE") String sender,
        @DefaultValue("Service Jeunesse factures {MOIS}") String object) {

    String object(java.time.YearMonth month) {
        return object.replace("{MOIS}", String.format("%02d/%d", month.getMonthValue(), month.getYear()));
    }
}
