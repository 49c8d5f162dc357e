/**
 * Accounts: the {@link nexus.user.account.UserAccount} aggregate and its rules (one
 * account per normalised e-mail address, the password policy, nobody deactivates
 * themselves, the shop keeps an active administrator, optimistic versions), the domain
 * events it registers as it changes ({@link nexus.user.account.AccountOpened},
 * {@link nexus.user.account.AccountChanged} with the state before and after), and the
 * application service that loads, asks and saves. Refusals are the platform's domain
 * exceptions; nothing here knows HTTP or the wire records.
 */
@NullMarked
package nexus.user.account;

import org.jspecify.annotations.NullMarked;
