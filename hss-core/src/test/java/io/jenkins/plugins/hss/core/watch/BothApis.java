package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.ScanApi;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A test that holds on either image API: it takes the {@link ScanApi} to run on. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = ScanApi.class, names = {"BATCH_SCAN", "IMAGE_SCAN_TASKS"})
@interface BothApis {
}
