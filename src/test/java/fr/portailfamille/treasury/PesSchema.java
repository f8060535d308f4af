package fr.portailfamille.treasury;

import java.io.ByteArrayInputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** The DGFiP PES V2 schema set (v5.17) from the test resources: {@code pes-v2/PES_V2/Rev0/PES_Aller.xsd}. */
final class PesSchema {

    private static Schema schema;

    private PesSchema() {
    }

    static synchronized Schema get() throws SAXException {
        if (schema == null) {
            URL xsd = PesSchema.class.getResource("/pes-v2/PES_V2/Rev0/PES_Aller.xsd");
            if (xsd == null) {
                throw new IllegalStateException("PES_Aller.xsd missing from the test classpath");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(xsd);
        }
        return schema;
    }

    /** Validates the document; throws {@link SAXException} with the first error when it is not valid. */
    static void validate(byte[] xml) throws Exception {
        get().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
