package io.github.qdatastream.codec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A QVariantList with typed getters by index ({@link VariantView}); errors name {@code QVariantList[3]}.
 *
 * <p>A read-only view of a decoded QVariantList: immutable and thread-safe.
 */
public final class VariantList extends VariantView<Integer> {

    private final List<QVariant> elements;

    VariantList(String path, List<QVariant> elements) {
        super(path);
        this.elements = Objects.requireNonNull(elements, "elements");
    }

    /**
     * A view of {@code elements}, named {@code QVariantList} in messages.
     *
     * @param elements the variants, not copied
     * @return the view
     */
    public static VariantList of(List<QVariant> elements) {
        return new VariantList("QVariantList", elements);
    }

    /** {@return the variants this view reads} */
    public List<QVariant> elements() {
        return elements;
    }

    @Override
    public Optional<QVariant> find(Integer index) {
        return index >= 0 && index < elements.size() ? Optional.of(elements.get(index)) : Optional.empty();
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    String describe(Integer index) {
        return "[" + index + "]";
    }

    @Override
    String missingWhy(Integer index) {
        return "index out of range, the list has " + elements.size() + " elements";
    }

    @Override
    public String toString() {
        return path() + elements;
    }
}
