package nexus.user.account;

/**
 * What a user may do: customers shop, administrators also run the catalogue, ship orders
 * and manage accounts.
 */
public enum Role {

	/** A shopper. */
	CUSTOMER,

	/** An operator of the shop. */
	ADMIN

}
