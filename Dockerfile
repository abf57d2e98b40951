# Production image: the Pravaas jar on a JRE, talking to an external PostgreSQL (see compose.yaml).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --home /app pravaas
WORKDIR /app
COPY --from=build /src/pravaas-server/target/pravaas.jar /app/pravaas.jar
USER pravaas
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=prod
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50", "-jar", "/app/pravaas.jar"]
CMD ["serve"]
