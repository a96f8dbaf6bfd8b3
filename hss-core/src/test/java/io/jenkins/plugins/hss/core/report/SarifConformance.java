package io.jenkins.plugins.hss.core.report;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two outside referees of a SARIF report: the official SARIF 2.1.0 JSON schema (a copy in the
 * test resources, see its README), checked by a JSON-schema library, and the SARIF parser of
 * Warnings NG (its analysis-model library), which reads the report as Jenkins would. Public, for the
 * CLI's tests of the demo's report.
 */
public final class SarifConformance {

    private static final Schema SCHEMA = load();

    private SarifConformance() {
    }

    /** What the schema finds wrong with {@code sarif}, one line each; empty when it is valid. */
    public static List<String> schemaErrors(String sarif) {
        return SCHEMA.validate(sarif, com.networknt.schema.InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The issues Warnings NG reads from the SARIF file {@code file}. */
    public static Report readByWarningsNg(Path file) {
        return new SarifAdapter().parse(new FileReaderFactory(file, StandardCharsets.UTF_8));
    }

    /** The issues Warnings NG reads from {@code sarif}, written to a file in {@code directory}. */
    public static Report readByWarningsNg(String sarif, Path directory) {
        try {
            return readByWarningsNg(Files.writeString(Files.createTempFile(directory, "report", ".sarif"), sarif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        try (InputStream in = SarifConformance.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif-schema-2.1.0.json is missing from the test resources");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
