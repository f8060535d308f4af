package fr.portailfamille.billing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The DGFiP's side of PayFiP for the tests, over real HTTP on a free local port: it receives the SOAP requests,
 * validates their body against {@code payfip/PaiementSecuriseService.xsd}, keeps the operations it created, and
 * answers as PayFiP does — an {@code idOp}, the detail of an operation once the family has decided, a fault P5 while
 * it has not, P1 for an unknown idOp. Every exchange is kept, as text, for the tests and the note.
 */
final class LocalPayfip implements AutoCloseable {

    record Exchange(String request, int status, String response) {
    }

    static final class Operation {
        final Map<String, String> fields;
        volatile String resultrans;

        Operation(Map<String, String> fields) {
            this.fields = fields;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final Schema schema;
    final Map<String, Operation> operations = new ConcurrentHashMap<>();
    final List<Exchange> exchanges = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<String> invalidRequests = java.util.Collections.synchronizedList(new ArrayList<>());

    LocalPayfip() throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(LocalPayfip.class.getResource("/payfip/PaiementSecuriseService.xsd"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tpa/services/securite", this::handle);
        server.start();
    }

    /** Like {@code https://www.payfip.gouv.fr/tpa/}: the service is under it at {@code services/securite}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tpa/";
    }

    /** The family decides on the PayFiP page: P or V paid, R or Z refused, A abandoned. */
    void decide(String idOp, String resultrans) {
        operations.get(idOp).resultrans = resultrans;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = 200;
        String body;
        try {
            Element operation = operation(request);
            try {
                schema.newValidator().validate(new DOMSource(operation));
            } catch (Exception invalid) {
                invalidRequests.add(invalid.getMessage());
                throw new FaultAnswer("TechProtocolaireErreur", "P0", "Message non conforme");
            }
            Map<String, String> fields = fields(operation);
            body = switch (operation.getLocalName()) {
                case "creerPaiementSecurise" -> create(fields);
                case "recupererDetailPaiementSecurise" -> detail(fields.get("idOp"));
                default -> throw new FaultAnswer("TechProtocolaireErreur", "P0", "Opération inconnue");
            };
        } catch (FaultAnswer fault) {
            status = 500;
            body = fault.envelope();
        }
        exchanges.add(new Exchange(request, status, body));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String create(Map<String, String> fields) {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        String idOp = HexFormat.of().formatHex(b).toLowerCase(Locale.ROOT);
        operations.put(idOp, new Operation(fields));
        return response("creerPaiementSecurise", "<idOp>" + idOp + "</idOp>");
    }

    private String detail(String idOp) {
        var op = operations.get(idOp);
        if (op == null) {
            throw new FaultAnswer("FonctionnelleErreur", "P1", "IdOp incorrect");
        }
        if (op.resultrans == null) {
            throw new FaultAnswer("FonctionnelleErreur", "P5", "Résultat de la transaction non connu");
        }
        var now = LocalDateTime.now();
        var f = op.fields;
        return response("recupererDetailPaiementSecurise",
                "<dattrans>" + now.format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "</dattrans>"
                + "<heurtrans>" + now.format(DateTimeFormatter.ofPattern("HHmm")) + "</heurtrans>"
                + "<exer>" + f.get("exer") + "</exer><idOp>" + idOp + "</idOp><mel>" + f.get("mel") + "</mel>"
                + "<montant>" + f.get("montant") + "</montant>"
                + "<numauto>" + ("P".equals(op.resultrans) || "V".equals(op.resultrans) ? "112233" : "") + "</numauto>"
                + "<numcli>" + f.get("numcli") + "</numcli><objet>" + f.get("objet") + "</objet>"
                + "<refdet>" + f.get("refdet") + "</refdet><resultrans>" + op.resultrans + "</resultrans>"
                + "<saisie>" + f.get("saisie") + "</saisie>");
    }

    private static String response(String operation, String children) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                + "<ns2:" + operation + "Response xmlns:ns2=\"" + PayfipSoap.SERVICE + "\">"
                + "<return>" + children + "</return>"
                + "</ns2:" + operation + "Response></S:Body></S:Envelope>";
    }

    private static final class FaultAnswer extends RuntimeException {
        final String kind;
        final String code;

        FaultAnswer(String kind, String code, String label) {
            super(label);
            this.kind = kind;
            this.code = code;
        }

        String envelope() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                    + "<faultcode>S:Server</faultcode><faultstring>" + getMessage() + "</faultstring><detail>"
                    + "<ns2:" + kind + " xmlns:ns2=\"http://securite.service.tpa.cp.finances.gouv.fr/reponse\">"
                    + "<code>" + code + "</code><descriptif>" + getMessage() + "</descriptif>"
                    + "<libelle>" + getMessage() + "</libelle><severite>2</severite>"
                    + "</ns2:" + kind + "></detail></S:Fault></S:Body></S:Envelope>";
        }
    }

    private static Element operation(String envelope) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            if (!PayfipSoap.SOAP_ENV.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
                throw new FaultAnswer("TechProtocolaireErreur", "P0", "Enveloppe SOAP attendue");
            }
            Element body = first(root, "Body");
            Element op = body == null ? null : first(body, null);
            if (op == null || !PayfipSoap.SERVICE.equals(op.getNamespaceURI())) {
                throw new FaultAnswer("TechProtocolaireErreur", "P0", "Opération attendue");
            }
            return op;
        } catch (FaultAnswer e) {
            throw e;
        } catch (Exception e) {
            throw new FaultAnswer("TechProtocolaireErreur", "P0", "XML illisible");
        }
    }

    private static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                return e;
            }
        }
        return null;
    }

    private static Map<String, String> fields(Element operation) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element arg0 = first(operation, "arg0");
        for (Node n = arg0.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                fields.put(e.getLocalName(), e.getTextContent());
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
