package org.atelier.web.live;

import java.util.Map;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/** Keeps the client's address in the session, so that refused CONNECTs are counted per address. */
class ClientAddress implements HandshakeInterceptor {

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (request.getRemoteAddress() != null && request.getRemoteAddress().getAddress() != null) {
            attributes.put(LiveGuard.ADDRESS, request.getRemoteAddress().getAddress().getHostAddress());
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // nothing to add once the session is open
    }
}
