# Build with the Maven wrapper so the image uses the same Maven as CI and developers.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
# Run unprivileged; /data is the instance's own state (keys, local files), owned by that user
# so a fresh named volume mounted there inherits the ownership.
RUN groupadd --system atelier \
 && useradd --system --gid atelier --home-dir /app --no-create-home atelier \
 && mkdir -p /app /data \
 && chown atelier:atelier /data
COPY --from=build /src/web/target/web-0.1.0-SNAPSHOT-exec.jar /app/atelier.jar
USER atelier
WORKDIR /app
ENV ATELIER_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/atelier.jar"]
