package nexus.platform.domain;

/**
 * A field a refusal is about.
 *
 * @param field its name, as the client sent it
 * @param message what is wrong with it
 */
public record InvalidField(String field, String message) {
}
