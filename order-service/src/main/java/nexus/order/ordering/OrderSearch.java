package nexus.order.ordering;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/**
 * Pages of orders matching a filter, for {@link OrderQueries}.
 */
interface OrderSearch extends Repository<Order, UUID>, JpaSpecificationExecutor<Order> {

}
