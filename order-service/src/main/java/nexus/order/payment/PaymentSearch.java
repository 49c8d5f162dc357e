package nexus.order.payment;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/**
 * Pages of payments matching a filter, for {@link PaymentQueries}.
 */
interface PaymentSearch extends Repository<Payment, UUID>, JpaSpecificationExecutor<Payment> {

}
