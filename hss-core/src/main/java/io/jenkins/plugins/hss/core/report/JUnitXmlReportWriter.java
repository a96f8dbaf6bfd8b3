package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML, so every CI shows it: one test case per image, named
 * {@code namespace/name:tag} in class {@code hss.<image_type>}. An image that fails the gate
 * has a {@code <failure type="FAILURE">}; an UNSTABLE image has a {@code <failure type="UNSTABLE">}
 * too, because JUnit has no third state and Jenkins' junit step turns a failed test into an
 * UNSTABLE build, which is exactly what it means. The details go to {@code <system-out>}.
 */
public final class JUnitXmlReportWriter implements ReportWriter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            writeSuite(report, xml);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report", e);
        }
    }

    private static void writeSuite(ScanReport report, XMLStreamWriter xml) throws XMLStreamException {
        List<ImageResult> images = report.images();
        UnlistedImages unlisted = report.verdict().unlisted();
        int extra = unlisted.any() ? 1 : 0;
        int extraFailed = unlisted.any() && unlisted.outcome() != Outcome.SUCCESS ? 1 : 0;
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "HSS image scan");
        xml.writeAttribute("tests", Integer.toString(images.size() + extra));
        xml.writeAttribute("failures",
                Long.toString(images.stream().filter(i -> i.outcome() != Outcome.SUCCESS).count() + extraFailed));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(report.elapsed().toMillis()));
        xml.writeAttribute("timestamp", report.triggeredAt().toString());
        for (ImageResult image : images) {
            writeCase(image, xml);
        }
        if (unlisted.any()) {
            writeUnlisted(unlisted, xml);
        }
        xml.writeEndElement();
    }

    /** One case for the images of a selection that the report counts but does not name. */
    private static void writeUnlisted(UnlistedImages unlisted, XMLStreamWriter xml) throws XMLStreamException {
        String text = unlisted.count() + " images of the selection, not listed by name: " + unlisted.state().wireName();
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "hss.selection");
        xml.writeAttribute("name", "unlisted images");
        xml.writeAttribute("time", "0");
        if (unlisted.outcome() != Outcome.SUCCESS) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", unlisted.outcome().name());
            xml.writeAttribute("message", text);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeCase(ImageResult image, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "hss." + PlainText.clean(image.imageType()));
        xml.writeAttribute("name", PlainText.clean(image.reference()));
        xml.writeAttribute("time", "0");
        if (image.outcome() != Outcome.SUCCESS) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", image.outcome().name());
            xml.writeAttribute("message", PlainText.clean(image.reason()));
            xml.writeCharacters(PlainText.clean(image.reason()));
            xml.writeEndElement();
        }
        xml.writeStartElement("system-out");
        xml.writeCharacters(PlainText.clean("status " + FindingsText.status(image) + "; "
                + FindingsText.describe(image.findings())
                + (image.scanTime() == null ? "" : "; scanned at " + image.scanTime())));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String seconds(long millis) {
        return millis / 1000 + "." + String.format("%03d", millis % 1000);
    }
}
