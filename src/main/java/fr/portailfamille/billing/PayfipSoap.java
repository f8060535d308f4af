package fr.portailfamille.billing;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The PayFiP web service of the DGFiP ({@code PaiementSecuriseService}) in SOAP 1.1, with hand-written envelopes
 * (the facts are in {@code shared/data/payfip/PROTOCOL.md}): each operation takes one unqualified {@code arg0} whose
 * children are the fields, and answers one {@code return}. A SOAP fault carries one of the DGFiP's errors
 * ({@code FonctionnelleErreur}…) with its {@code code} (P1 unknown operation, P5 payment not finished…).
 */
final class PayfipSoap {

    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SERVICE = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/"
            + "contrat_paiement_securise/PaiementSecuriseService";

    /** The service answered a SOAP fault: {@code code} is the DGFiP's error code (P1, P5…), or "" if none. */
    static final class Fault extends RuntimeException {
        final String code;

        Fault(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    private final URI endpoint;
    private final HttpClient http;

    PayfipSoap(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The envelope of {@code operation} with these {@code arg0} fields, in their order. */
    static String envelope(String operation, Map<String, String> fields) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("soapenv", "Envelope", SOAP_ENV);
            xml.writeNamespace("soapenv", SOAP_ENV);
            xml.writeNamespace("pai", SERVICE);
            xml.writeEmptyElement("soapenv", "Header", SOAP_ENV);
            xml.writeStartElement("soapenv", "Body", SOAP_ENV);
            xml.writeStartElement("pai", operation, SERVICE);
            xml.writeStartElement("arg0");
            for (var field : fields.entrySet()) {
                xml.writeStartElement(field.getKey());
                xml.writeCharacters(field.getValue());
                xml.writeEndElement();
            }
            xml.writeEndElement(); // arg0
            xml.writeEndElement(); // operation
            xml.writeEndElement(); // Body
            xml.writeEndElement(); // Envelope
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Calls {@code operation} and answers the children of its {@code return}, by name.
     *
     * @throws Fault                 when the service answers a SOAP fault
     * @throws IllegalStateException when the service cannot be reached or answers something else
     */
    Map<String, String> call(String operation, Map<String, String> fields) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(operation, fields), StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("PayFiP unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return answer(operation, response.statusCode(), response.body());
    }

    static Map<String, String> answer(String operation, int status, byte[] body) {
        Element envelope = parse(body);
        Element soapBody = child(envelope, "Body");
        if (soapBody == null) {
            throw new IllegalStateException("PayFiP answered " + status + " without a SOAP body");
        }
        Element fault = child(soapBody, "Fault");
        if (fault != null) {
            Element detail = child(fault, "detail");
            Element error = detail == null ? null : SafeXml.child(detail, null);
            String code = error == null ? "" : text(child(error, "code"));
            throw new Fault(code, "PayFiP fault " + code + ": " + text(child(fault, "faultstring")));
        }
        Element response = child(soapBody, operation + "Response");
        Element result = response == null ? null : child(response, "return");
        if (status != 200 || result == null) {
            throw new IllegalStateException("PayFiP answered " + status + " without " + operation + "Response");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Node n = result.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                values.put(SafeXml.localName(e), e.getTextContent().strip());
            }
        }
        return values;
    }

    private static Element parse(byte[] body) {
        try {
            return SafeXml.parse(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PayFiP answered something that is not XML", e);
        }
    }

    private static Element child(Element parent, String name) {
        return SafeXml.child(parent, name);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
