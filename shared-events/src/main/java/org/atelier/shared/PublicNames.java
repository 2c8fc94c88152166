package org.atelier.shared;

import java.util.Optional;

/** Reads the {@link PublicName} a class declares. */
public final class PublicNames {

    private static final ClassValue<Optional<String>> DECLARED = new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
            PublicName name = type.getAnnotation(PublicName.class);
            return Optional.ofNullable(name).map(PublicName::value);
        }
    };

    private PublicNames() {
    }

    /**
     * The public name {@code type} declares.
     *
     * @throws IllegalArgumentException when it declares none: every event and refusal must
     */
    public static String of(Class<?> type) {
        return declared(type).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " declares no @PublicName"));
    }

    /** The public name {@code type} declares, if it declares one. */
    public static Optional<String> declared(Class<?> type) {
        return DECLARED.get(type);
    }
}
