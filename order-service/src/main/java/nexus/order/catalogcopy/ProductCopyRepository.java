package nexus.order.catalogcopy;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductCopyRepository extends JpaRepository<ProductCopy, UUID> {

}
