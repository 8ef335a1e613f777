# syntax=docker/dockerfile:1
# One image per application, chosen with MODULE:
#   docker build --build-arg MODULE=catalog-service -t marketplace/catalog-service .
# docker-compose.yml builds all of them.

FROM eclipse-temurin:25-jdk AS build
ARG MODULE
RUN test -n "$MODULE" || { echo "build with --build-arg MODULE=<module>, e.g. MODULE=catalog-service" >&2; exit 1; }
WORKDIR /workspace
COPY . .
# The cache keeps Maven's downloads between builds of different modules (one build at a time uses it).
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -DskipTests -pl "$MODULE" -am package
# Split the fat jar into layers (libraries change less often than the application) with a plain
# app.jar + lib/ layout that `java -jar` runs directly.
RUN java -Djarmode=tools -jar "$MODULE"/target/"$MODULE"-*.jar \
        extract --layers --application-filename app.jar --destination /layers

FROM eclipse-temurin:25-jre
ARG MODULE
# curl serves the compose health checks (GET /actuator/health/readiness).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 marketplace \
    && useradd --system --uid 10001 --gid marketplace --home-dir /app --shell /usr/sbin/nologin marketplace
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER marketplace
LABEL org.opencontainers.image.title="$MODULE"
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "app.jar"]
