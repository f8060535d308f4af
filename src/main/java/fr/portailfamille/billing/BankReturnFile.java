package fr.portailfamille.billing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new UnreadableException("dd.returns.error.xml");
        }
        Element message = firstChild(root);
        if (message == null) {
            throw new UnreadableException("dd.returns.error.kind");
        }
        List<Return> returns = new ArrayList<>();
        switch (name(message)) {
            case "CstmrPmtStsRpt" -> {
                for (Element tx : descendants(message, "TxInfAndSts")) {
                    if ("RJCT".equals(childText(tx, "TxSts"))) {
                        add(returns, childText(tx, "OrgnlEndToEndId"), reason(tx, "StsRsnInf"));
                    }
                }
            }
            case "BkToCstmrDbtCdtNtfctn" -> {
                for (Element tx : descendants(message, "TxDtls")) {
                    Element returned = child(tx, "RtrInf");
                    if (returned != null) {
                        Element refs = child(tx, "Refs");
                        add(returns, refs == null ? null : childText(refs, "EndToEndId"), reason(tx, "RtrInf"));
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
        Element info = child(tx, container);
        Element rsn = info == null ? null : child(info, "Rsn");
        return rsn == null ? null : childText(rsn, "Cd");
    }

    private static String name(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static Element firstChild(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(name(e))) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
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
