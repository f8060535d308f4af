package fr.portailfamille.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * The bank's report of the debits that did not go through (R-transactions), read from the two files banks send:
 * a payment status report pain.002 ({@code CstmrPmtStsRpt}: each {@code TxInfAndSts} with {@code TxSts} RJCT,
 * its {@code OrgnlEndToEndId} and {@code StsRsnInf/Rsn/Cd}) or a debit notification camt.054
 * ({@code BkToCstmrDbtCdtNtfctn}: each entry's {@code TxDtls} with a return, {@code Refs/EndToEndId} and
 * {@code RtrInf/Rsn/Cd}). Any version of either message: elements are read by local name. No DTD, no external
 * entity.
 */
final class BankReturnFile {

    /** A debit the bank rejected or returned, with its ISO reason code (AM04, MD01…), or "" when none given. */
    record Return(String endToEndId, String reasonCode) {
    }

    /** The file is not a pain.002 or camt.054 document (message key of the reason). */
    static final class UnreadableException extends IllegalArgumentException {
        UnreadableException(String key) {
            super(key);
        }
    }

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}");
    private static final Pattern REFERENCE = Pattern.compile("[\\x20-\\x7E]{1,35}");

    private BankReturnFile() {
    }

    static List<Return> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new UnreadableException("dd.returns.error.empty");
        }
        if (xml.length > MAX_BYTES) {
            throw new UnreadableException("dd.returns.error.size");
        }
        Element root;
        try {
            root = SafeXml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("dd.returns.error.xml");
        }
        Element message = SafeXml.child(root, null);
        if (message == null) {
            throw new UnreadableException("dd.returns.error.kind");
        }
        List<Return> returns = new ArrayList<>();
        switch (SafeXml.localName(message)) {
            case "CstmrPmtStsRpt" -> {
                for (Element tx : descendants(message, "TxInfAndSts")) {
                    if ("RJCT".equals(SafeXml.childText(tx, "TxSts"))) {
                        add(returns, SafeXml.childText(tx, "OrgnlEndToEndId"), reason(tx, "StsRsnInf"));
                    }
                }
            }
            case "BkToCstmrDbtCdtNtfctn" -> {
                for (Element tx : descendants(message, "TxDtls")) {
                    Element returned = SafeXml.child(tx, "RtrInf");
                    if (returned != null) {
                        Element refs = SafeXml.child(tx, "Refs");
                        add(returns, refs == null ? null : SafeXml.childText(refs, "EndToEndId"), reason(tx, "RtrInf"));
                    }
                }
            }
            default -> throw new UnreadableException("dd.returns.error.kind");
        }
        return returns;
    }

    private static void add(List<Return> returns, String endToEndId, String code) {
        if (endToEndId == null || !REFERENCE.matcher(endToEndId.strip()).matches()) {
            return;
        }
        returns.add(new Return(endToEndId.strip(), code != null && CODE.matcher(code.strip()).matches()
                ? code.strip() : ""));
    }

    private static String reason(Element tx, String container) {
        Element info = SafeXml.child(tx, container);
        Element rsn = info == null ? null : SafeXml.child(info, "Rsn");
        return rsn == null ? null : SafeXml.childText(rsn, "Cd");
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        var all = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }
}
