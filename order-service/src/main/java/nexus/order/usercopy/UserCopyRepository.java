package nexus.order.usercopy;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserCopyRepository extends JpaRepository<UserCopy, UUID> {

}
