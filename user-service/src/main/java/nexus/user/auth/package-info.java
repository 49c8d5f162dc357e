/**
 * Login, refresh and logout: checking a password in constant-looking time, throttling
 * failed logins per address tried and per client (in the database, so every instance
 * agrees), and what a login or refresh comes to ({@link nexus.user.auth.LoginOutcome},
 * {@link nexus.user.auth.RefreshOutcome}), which the web layer answers.
 */
@NullMarked
package nexus.user.auth;

import org.jspecify.annotations.NullMarked;
