package nexus.catalog.comment;

import java.util.UUID;

import org.springframework.data.repository.Repository;

interface CommentRepository extends Repository<Comment, UUID> {

	Comment save(Comment comment);

	void flush();

}
