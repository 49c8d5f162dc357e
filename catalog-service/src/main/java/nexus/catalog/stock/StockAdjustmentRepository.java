package nexus.catalog.stock;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface StockAdjustmentRepository extends Repository<StockAdjustment, UUID> {

	StockAdjustment save(StockAdjustment adjustment);

	Page<StockAdjustment> findByProductId(UUID productId, Pageable pageable);

}
