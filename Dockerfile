# Build with the Maven wrapper so the image uses the same Maven as CI and developers.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# -Dexec.skip: the extracted application and its class archive are made below, where they run
# (the archive names the jars by their paths).
RUN ./mvnw -B -DskipTests -Dexec.skip package

FROM eclipse-temurin:17-jre
# Run unprivileged; /data is the instance's own state (keys, local files), owned by that user
# so a fresh named volume mounted there inherits the ownership.
RUN groupadd --system atelier \
 && useradd --system --gid atelier --home-dir /app --no-create-home atelier \
 && mkdir -p /app /data \
 && chown atelier:atelier /data
# The runnable jar extracted (atelier.jar and lib/), then a Class Data Sharing archive of the classes
# a start loads, made by a training run that stops once the application's health answers UP
# (Spring Boot's recipe stops at the refresh, leaving out what a start loads after it); about a third
# off the start (README, "Start").
COPY --from=build /src/web/target/web-0.1.0-SNAPSHOT-exec.jar /tmp/atelier-exec.jar
RUN java -Djarmode=tools -jar /tmp/atelier-exec.jar extract --force --destination /app --application-filename atelier.jar \
 && rm /tmp/atelier-exec.jar \
 && java -XX:ArchiveClassesAtExit=/app/atelier.jsa -Xlog:cds*=error \
         -Daxoniq.update-checker.disabled=true -jar /app/atelier.jar \
         --atelier.data-dir=/tmp/cds-training --server.port=0 --logging.level.root=WARN \
         --atelier.training.exit-when-ready=true \
 && rm -rf /tmp/cds-training
USER atelier
WORKDIR /app
ENV ATELIER_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/atelier.jsa", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/atelier.jar"]
