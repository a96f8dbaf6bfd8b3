package io.jenkins.plugins.hss.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The engine's name of the field an option sets: the API's JSON name ({@code image_type}) or the
 * engine's key for settings that are not API fields ({@code wait.timeout}). A problem the engine
 * reports on that field is shown with the option's name, so that a user knows what to change.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface SettingsField {

    String[] value();
}
