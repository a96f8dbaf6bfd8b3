package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportWriterTest {

    private final Document xml = parse(new JUnitXmlReportWriter().render(Reports.mixed()));

    @Test
    void hasOneTestCasePerImage() {
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("4");
    }

    @Test
    void aFailedImageIsAFailureAndAnUnstableOneIsMarkedUnstable() {
        assertThat(failureType("team-a/bad:1.0")).isEqualTo("FAILURE");
        assertThat(failureType("team-a/big:1.0")).isEqualTo("UNSTABLE");
        assertThat(failureType("team-a/ok:1.0")).isNull();
    }

    @Test
    void apiTextStaysText() {
        Element failure = failure("team-a/bad:1.0");
        assertThat(failure.getAttribute("message")).contains("<script>alert(1)</script>").doesNotContain("\u001b");
    }

    @Test
    void imagesCountedButNotNamedAreOneMoreCaseThatFailsWithTheirOutcome() {
        Document withUnlisted = parse(new JUnitXmlReportWriter().render(Reports.withUnlisted()));

        assertThat(withUnlisted.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(withUnlisted.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) withUnlisted.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("FAILURE");
        assertThat(failure.getAttribute("message")).startsWith("3 images of the selection");
    }

    private String failureType(String name) {
        Element failure = failure(name);
        return failure == null ? null : failure.getAttribute("type");
    }

    private Element failure(String name) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").equals(name)) {
                NodeList failures = testCase.getElementsByTagName("failure");
                return failures.getLength() == 0 ? null : (Element) failures.item(0);
            }
        }
        throw new AssertionError("no test case " + name);
    }

    private static Document parse(String text) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML:\n" + text, e);
        }
    }
}
