package io.github.qdatastream.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed type expression such as {@code QMap<QString,QList<qint32>>}: a name and its type
 * arguments. {@link #toString()} renders it the way the codec's type names are spelled (no
 * spaces after commas).
 */
record TypeNode(String name, List<TypeNode> args) {

    TypeNode {
        args = List.copyOf(args);
    }

    static TypeNode leaf(String name) {
        return new TypeNode(name, List.of());
    }

    static TypeNode of(String name, TypeNode... args) {
        return new TypeNode(name, List.of(args));
    }

    /** Nesting depth: 0 for a leaf. */
    int depth() {
        int d = 0;
        for (TypeNode a : args) {
            d = Math.max(d, a.depth() + 1);
        }
        return d;
    }

    @Override
    public String toString() {
        if (args.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append('<');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(args.get(i));
        }
        return sb.append('>').toString();
    }

    /** Parses {@code Name<Arg,Arg>}; spaces around punctuation are ignored, {@code const char*} is one name. */
    static TypeNode parse(String text) {
        Parser p = new Parser(text);
        TypeNode t = p.type();
        p.skipSpaces();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + " in " + text);
        }
        return t;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        TypeNode type() {
            skipSpaces();
            int from = pos;
            while (pos < s.length() && "<>,".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String name = s.substring(from, pos).trim().replaceAll(" +", " ").replace(" *", "*");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("missing type name at " + from + " in " + s);
            }
            List<TypeNode> args = new ArrayList<>();
            if (pos < s.length() && s.charAt(pos) == '<') {
                pos++;
                args.add(type());
                while (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    args.add(type());
                }
                if (pos >= s.length() || s.charAt(pos) != '>') {
                    throw new IllegalArgumentException("missing '>' at " + pos + " in " + s);
                }
                pos++;
                skipSpaces();
            }
            return new TypeNode(name, args);
        }
    }
}
