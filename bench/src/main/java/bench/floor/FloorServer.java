package bench.floor;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The throughput floor's server: the stack Atelier's write path stands on, with nothing of Atelier's
 * on top, at three levels (each the one before plus one layer).
 * <ul>
 * <li>{@code mvc}: embedded Tomcat and Spring MVC with Jackson: a JSON body read, a JSON answer
 * written with 201.
 * <li>{@code security}: plus Spring Security's filter chain with a bearer token checked by the
 * OAuth2 resource server (its signature checked once per token, as Atelier does).
 * <li>{@code append}: plus one durable write per request: a row of the request's size inserted in an
 * H2 file database with the event store's settings, and committed, before the answer.
 * </ul>
 * No command bus, aggregate, projection, read model or live message. Run as a child process of the
 * bench jar ({@code floor-server --server.port=… --atelier.data-dir=… --floor.level=…
 * --floor.secret=…}); a bare context, as {@code org.atelier.bench.BareBroadcast} is, for the same
 * reasons. Its package is outside {@code org.atelier} on purpose: the live latency bench starts
 * Atelier in the bench's JVM, and Atelier's component scan of {@code org.atelier} would take its
 * security configuration and its controller as Atelier's own.
 */
public final class FloorServer {

    private FloorServer() {
    }

    static String level;
    static byte[] secret;
    static Path dataDir;

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            switch (option[0]) {
                case "--server.port" -> port = Integer.parseInt(option[1]);
                case "--atelier.data-dir" -> dataDir = Path.of(option[1]);
                case "--floor.level" -> level = option[1];
                case "--floor.secret" -> secret = Base64.getDecoder().decode(option[1]);
                default -> {
                    // the settings every application run gets (organiser key, JMX): not used here
                }
            }
        }
        Class<?>[] layers = switch (level) {
            case "mvc" -> new Class<?>[] {Web.class};
            case "security" -> new Class<?>[] {Web.class, Security.class};
            case "append" -> new Class<?>[] {Web.class, Security.class, Append.class};
            default -> throw new IllegalArgumentException("--floor.level is mvc, security or append, not " + level);
        };
        System.setProperty("floor.port", Integer.toString(port));
        AnnotationConfigServletWebServerApplicationContext context =
                new AnnotationConfigServletWebServerApplicationContext(layers);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        new CountDownLatch(1).await();
    }

    /** Where a request's row goes; nowhere below the {@code append} level. */
    interface Store {
        long append(String aggregate, String payload);
    }

    @EnableWebMvc
    static class Web {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(Integer.getInteger("floor.port"));
            factory.setAddress(InetAddress.getLoopbackAddress());
            return factory;
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        Ideas ideas(org.springframework.beans.factory.ObjectProvider<Store> store) {
            return new Ideas(store.getIfAvailable(() -> (aggregate, payload) -> 0L));
        }
    }

    @RestController
    static class Ideas {

        private final Store store;

        Ideas(Store store) {
            this.store = store;
        }

        @GetMapping("/actuator/health/readiness")
        Map<String, String> ready() {
            return Map.of("status", "UP");
        }

        @PostMapping("/api/workshops/{workshopId}/ideas")
        ResponseEntity<Map<String, Object>> post(@PathVariable String workshopId, @RequestBody Map<String, Object> idea) {
            long position = store.append(workshopId, String.valueOf(idea));
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ideaId", idea.getOrDefault("ideaId", ""),
                    "position", position));
        }
    }

    @EnableWebSecurity
    static class Security {

        @Bean
        SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
            JwtDecoder signed = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256")).build();
            Map<String, Jwt> checked = new ConcurrentHashMap<>();
            return http.csrf(AbstractHttpConfigurer::disable)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(AbstractHttpConfigurer::disable)
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/actuator/health/readiness").permitAll()
                            .anyRequest().authenticated())
                    .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(
                            token -> checked.computeIfAbsent(token, signed::decode))))
                    .build();
        }
    }

    static class Append {

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("floor").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;COMPRESS=TRUE;MAX_LENGTH_INPLACE_LOB=16384");
            config.setAutoCommit(false);
            HikariDataSource dataSource = new HikariDataSource(config);
            try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE IF NOT EXISTS event (global_index BIGINT GENERATED BY DEFAULT AS IDENTITY"
                        + " PRIMARY KEY, aggregate VARCHAR(64) NOT NULL, seq BIGINT NOT NULL, payload VARCHAR(16384),"
                        + " meta VARCHAR(1024), UNIQUE (aggregate, seq))");
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return dataSource;
        }

        @Bean
        Store store(HikariDataSource dataSource) {
            Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
            String meta = "{\"actor\":\"participant:" + "0".repeat(36) + "\",\"correlationId\":\"" + "0".repeat(36)
                    + "\",\"traceId\":\"" + "0".repeat(36) + "\"}";
            return (aggregate, payload) -> {
                long seq = sequences.computeIfAbsent(aggregate, a -> new AtomicLong()).incrementAndGet();
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO event (aggregate, seq, payload, meta) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, aggregate);
                    insert.setLong(2, seq);
                    insert.setString(3, payload);
                    insert.setString(4, meta);
                    insert.executeUpdate();
                    connection.commit();
                    return seq;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }
}
