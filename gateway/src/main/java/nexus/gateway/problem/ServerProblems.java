package nexus.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import nexus.problems.ProblemTypes;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;

/**
 * Problem documents for what the gateway's web server refuses before any route or filter
 * sees the request: Reactor Netty's own answers to a request line or headers that are too
 * large (414, 431) or cannot be decoded (400), which it sends with an empty body, and the
 * Spring Security firewall's refusals (an encoded slash, {@code ;jsessionid=},
 * {@code TRACE}).
 */
@Configuration(proxyBeanMethods = false)
class ServerProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	NettyServerCustomizer decodingFailureProblems() {
		return (server) -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline()
					.addAfter(NettyPipeline.HttpCodec, "nexusDecodingFailureProblems", new DecodingFailureProblems());
			}
		});
	}

	@Bean
	ServerExchangeRejectedHandler firewallProblems() {
		return (exchange, rejected) -> {
			boolean method = rejected.getMessage() != null && rejected.getMessage().contains("HTTP method");
			HttpStatus status = method ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.BAD_REQUEST;
			return GatewayProblems
				.write(exchange, status, method ? "method-not-allowed" : "bad-request", status.getReasonPhrase(), method
						? "The method is not allowed"
						: "The request was refused before it reached the API: its path or headers are not "
								+ "accepted (for example an encoded slash or a path parameter such as ;jsessionid)");
		};
	}

	/**
	 * The problem for a status the web server answers on its own.
	 * @param status the status
	 * @return the problem's JSON
	 */
	static byte[] problem(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemTypes.forStatus(status).toString());
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Bad Request");
		problem.put("status", status);
		problem.put("detail", switch (status) {
			case 413 -> "The request body is too large";
			case 414 -> "The request line (the path and query) is too long";
			case 431 -> "The request headers are too large";
			default -> "The request cannot be read as HTTP";
		});
		return JSON.writeValueAsBytes(problem);
	}

	/**
	 * Gives Reactor Netty's empty refusals of undecodable requests a problem body. They
	 * are recognised by what only they have together: a full response with a client error
	 * status, no body, no content type, and the connection closed after it.
	 */
	@ChannelHandler.Sharable
	static final class DecodingFailureProblems extends ChannelOutboundHandlerAdapter {

		@Override
		public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
			if (message instanceof FullHttpResponse response && isDecodingFailure(response)) {
				byte[] json = problem(response.status().code());
				FullHttpResponse withBody = response.replace(Unpooled.wrappedBuffer(json));
				response.release();
				withBody.headers()
					.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
					.setInt(HttpHeaderNames.CONTENT_LENGTH, json.length);
				super.write(context, withBody, promise);
				return;
			}
			super.write(context, message, promise);
		}

		private static boolean isDecodingFailure(FullHttpResponse response) {
			int status = response.status().code();
			return (status == 400 || status == 413 || status == 414 || status == 431)
					&& response.content().readableBytes() == 0
					&& !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
					&& response.headers().contains(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
		}

	}

}
