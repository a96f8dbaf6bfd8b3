/**
 * The Jenkins face of the HSS image scan engine ({@code io.jenkins.plugins.hss.core}): the
 * {@code hsBatchScan} Pipeline step, the freestyle builder, the credential type, the global
 * configuration and the report on the build page. Every decision about scans lives in the engine;
 * this package only translates Jenkins' inputs into the engine's settings and its verdict back into
 * build results.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
