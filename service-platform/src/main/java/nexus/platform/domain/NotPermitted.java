package nexus.platform.domain;

import java.util.List;

/**
 * The caller is known but this action is not theirs to take: a deactivated account
 * placing an order, an administrator demoting themselves.
 */
public non-sealed class NotPermitted extends DomainException {

	/**
	 * A refusal.
	 * @param slug the problem slug, such as {@code account-inactive}
	 * @param title a short summary
	 * @param detail why not
	 */
	public NotPermitted(String slug, String title, String detail) {
		super(slug, title, detail, List.of());
	}

}
