package fr.portailfamille.shared;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

/**
 * A page decoration computed only if a template reads it (Thymeleaf resolves it on first use): a request that
 * answers with a redirect, a file or an error never runs its query. Read it from templates only.
 */
public final class Lazily<T> extends LazyContextVariable<T> {

    private final Supplier<T> supplier;

    private Lazily(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    public static <T> Lazily<T> of(Supplier<T> supplier) {
        return new Lazily<>(supplier);
    }

    @Override
    protected T loadValue() {
        return supplier.get();
    }
}
