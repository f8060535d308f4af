package fr.portailfamille.family;

/** A message shown next to a form field: {@code #messages.msgWithParams(key, args)}. */
public record FieldError(String key, Object[] args) {
}
