package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.simulator.Hostility;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --demo-hostile}: one of the simulator's hostile modes, by its name. */
final class HostileMode implements ITypeConverter<Hostility> {

    @Override
    public Hostility convert(String text) {
        return Hostility.fromKey(text).orElseThrow(() -> new TypeConversionException(
                "'" + text + "' is not a hostile mode: use one of " + Hostility.keys()));
    }
}
