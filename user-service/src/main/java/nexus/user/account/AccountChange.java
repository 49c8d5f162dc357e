package nexus.user.account;

/**
 * What an administrator changes on an account; {@code null} keeps a value.
 *
 * @param firstName new first name
 * @param lastName new last name
 * @param role new role
 * @param active whether the account may log in
 */
public record AccountChange(String firstName, String lastName, Role role, Boolean active) {
}
