package fr.portailfamille.treasury;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PesFile} as a PES V2 « PES_Aller » (DGFiP schema set v5.17, {@code PES_V2/Rev0/PES_Aller.xsd}):
 * envelope, header with the town's identifiers, PES_RecetteAller with one bordereau (type 06) of ORMC titles
 * (TypPce 15), one pièce per invoice with one line per invoice line, the debtor, the SEPA block of a direct-debit
 * family; then the PES_PJ attachments. Every value is an attribute {@code V}, as the schema wants.
 */
final class PesWriter {

    static final String NAMESPACE = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";

    private final PesSettings settings;

    PesWriter(PesSettings settings) {
        this.settings = settings;
    }

    void write(PesFile file, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("n", "PES_Aller", NAMESPACE);
        w.writeNamespace("n", NAMESPACE);

        w.writeStartElement("Enveloppe");
        w.writeStartElement("Parametres");
        value(w, "Version", "2");
        value(w, "TypFic", "PESORMC");
        value(w, "NomFic", file.fileName());
        w.writeEndElement();
        w.writeStartElement("Emetteur");
        value(w, "Sigle", PesText.of(settings.sender(), 32));
        value(w, "Adresse", PesText.of(settings.sender(), 38));
        w.writeEndElement();
        w.writeEndElement();

        w.writeStartElement("EnTetePES");
        value(w, "DteStr", file.created());
        value(w, "IdPost", settings.idPost());
        value(w, "IdColl", settings.idColl());
        value(w, "CodCol", settings.codCol());
        value(w, "CodBud", settings.codBud());
        w.writeEndElement();

        w.writeStartElement("PES_RecetteAller");
        w.writeStartElement("EnTeteRecette");
        value(w, "IdVer", "2");
        value(w, "InfoDematerialisee", "0");
        w.writeEndElement();
        bordereau(w, file);
        w.writeEndElement();

        if (!file.attachments().isEmpty()) {
            w.writeStartElement("PES_PJ");
            w.writeStartElement("EnTetePES_PJ");
            value(w, "IdVer", "1");
            w.writeEndElement();
            for (var pj : file.attachments()) {
                w.writeStartElement("PJ");
                w.writeStartElement("Contenu");
                w.writeStartElement("Fichier");
                w.writeAttribute("MIMEType", "application/pdf");
                w.writeCharacters(Base64.getEncoder().encodeToString(pj.pdf()));
                w.writeEndElement();
                w.writeEndElement();
                value(w, "IdUnique", pj.id());
                value(w, "NomPJ", pj.fileName());
                value(w, "TypePJ", "007");
                value(w, "Description", PesText.of(pj.description(), 250));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private void bordereau(XMLStreamWriter w, PesFile file) throws XMLStreamException {
        var month = file.month();
        w.writeStartElement("Bordereau");
        w.writeStartElement("BlocBordereau");
        value(w, "Exer", Integer.toString(month.getYear()));
        value(w, "IdBord", Integer.toString(file.bordereauNumber()));
        value(w, "DteBordEm", file.created());
        value(w, "TypBord", "06");
        value(w, "NbrPce", Integer.toString(file.titles().size()));
        value(w, "MtBordHt", amount(file.totalCents()));
        value(w, "Objet", PesText.of(settings.object(month), 160));
        w.writeEndElement();
        for (var title : file.titles()) {
            w.writeStartElement("Piece");
            w.writeStartElement("BlocPiece");
            value(w, "IdPce", Long.toString(title.pieceId()));
            value(w, "TypPce", "15");
            value(w, "NatPce", "01");
            value(w, "ObjPce", PesText.of(settings.object(month) + " facture " + title.invoiceNumber(), 160));
            value(w, "DebFact", title.periodStart());
            value(w, "FinFact", title.periodEnd());
            String debt = PesText.digits(title.invoiceNumber(), 15);
            value(w, "NumDette", debt);
            value(w, "Per", Integer.toString(month.getMonthValue()).substring(0, 1));
            value(w, "Cle1", Integer.toString(PesCheckKeys.cle1(settings.codCol(), file.bordereauNumber(),
                    month.getYear(), month.getMonthValue(), debt)));
            value(w, "Cle2", String.valueOf(PesCheckKeys.cle2(month.getYear(), month.getMonthValue(), debt)));
            if (title.attachmentId() != null) {
                w.writeStartElement("PJRef");
                value(w, "Support", "01");
                value(w, "IdUnique", title.attachmentId());
                value(w, "NomPJ", title.attachmentId() + ".pdf");
                w.writeEndElement();
            }
            value(w, "NumeroFacture", title.invoiceNumber());
            w.writeEndElement();
            int lineNo = 0;
            for (var line : title.lines()) {
                lineNo++;
                line(w, title, line, lineNo);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void line(XMLStreamWriter w, PesFile.Title title, PesFile.Line line, int lineNo)
            throws XMLStreamException {
        w.writeStartElement("LigneDePiece");
        w.writeStartElement("BlocLignePiece");
        w.writeStartElement("InfoLignePiece");
        value(w, "IdLigne", Integer.toString(lineNo));
        value(w, "ObjLignePce", PesText.of(line.label(), 160));
        value(w, "CodProdLoc", settings.productCode());
        value(w, "Nature", settings.nature());
        if (!settings.function().isBlank()) {
            value(w, "Fonction", settings.function());
        }
        value(w, "Majo", "0");
        value(w, "TvaIntraCom", "0");
        value(w, "MtHT", amount(line.amountCents()));
        w.writeEndElement();
        var sepa = title.sepa();
        if (sepa != null) {
            w.writeStartElement("InfoPrelevementSEPA");
            value(w, "NatPrel", "01");
            value(w, "PerPrel", "07");
            value(w, "DtePrel", sepa.collectionDate());
            value(w, "MtPrel", amount(line.amountCents()));
            value(w, "SequencePres", sepa.first() ? "02" : "03");
            value(w, "DateSignMandat", sepa.signedOn());
            value(w, "RefUniMdt", PesText.of(sepa.rum(), 35));
            value(w, "LibPrel", PesText.of("Facture " + title.invoiceNumber(), 140));
            w.writeEndElement();
        }
        w.writeEndElement();

        var debtor = title.debtor();
        w.writeStartElement("Tiers");
        w.writeStartElement("InfoTiers");
        value(w, "RefTiers", PesText.of(debtor.reference(), 30));
        value(w, "CatTiers", "01");
        value(w, "NatJur", "01");
        value(w, "TypTiers", "01");
        if (debtor.civility() != null && !debtor.civility().isBlank()) {
            value(w, "Civilite", PesText.of(debtor.civility(), 10));
        }
        value(w, "Nom", PesText.of(debtor.lastName(), 38));
        if (debtor.firstName() != null && !debtor.firstName().isBlank()) {
            value(w, "Prenom", PesText.of(debtor.firstName(), 38));
        }
        w.writeEndElement();
        w.writeStartElement("Adresse");
        value(w, "TypAdr", "1");
        value(w, "Adr2", PesText.of(debtor.addressLine(), 38));
        value(w, "CP", PesText.digits(debtor.postalCode(), 5));
        value(w, "Ville", PesText.of(debtor.city(), 38));
        value(w, "CodRes", "0");
        w.writeEndElement();
        if (sepa != null) {
            w.writeStartElement("CpteBancaire");
            if (sepa.bic() != null && !sepa.bic().isBlank()) {
                value(w, "BIC", sepa.bic().replace(" ", "").toUpperCase(java.util.Locale.ROOT));
            }
            value(w, "IBAN", sepa.iban().replace(" ", "").toUpperCase(java.util.Locale.ROOT));
            value(w, "TitCpte", PesText.of(sepa.holder(), 32));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    static String amount(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static void value(XMLStreamWriter w, String name, LocalDate date) throws XMLStreamException {
        value(w, name, date.toString());
    }

    private static void value(XMLStreamWriter w, String name, String v) throws XMLStreamException {
        w.writeEmptyElement(name);
        w.writeAttribute("V", v);
    }
}
