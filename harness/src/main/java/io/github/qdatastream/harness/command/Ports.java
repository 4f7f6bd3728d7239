package io.github.qdatastream.harness.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** TCP port options: a number from 0 to 65535, checked while parsing (a bad one is a usage error). */
public final class Ports implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        return parse(value);
    }

    static int parse(String value) {
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a port number (0 to 65535)");
        }
        if (port < 0 || port > 65535) throw new TypeConversionException("port " + port + " is out of range (0 to 65535)");
        return port;
    }
}
