# Heritage Sentinel streams application and analyst console: thin jar + lib/ (see ARCHITECTURE: packaging).
#   docker build -t heritage-sentinel/app .
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl console -am package -DskipTests

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/sentinel sentinel \
 && mkdir -p /var/lib/sentinel/state \
 && chown -R sentinel /var/lib/sentinel
# the console module's jar: its manifest lists the application and every library in lib/ (no broker, no dev tools:
# those are dev-tools/, which ./sentinel runs)
COPY --from=build /src/console/target/sentinel-console.jar /opt/sentinel/sentinel.jar
COPY --from=build /src/console/target/lib /opt/sentinel/lib
USER sentinel
WORKDIR /var/lib/sentinel
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dorg.apache.avro.SERIALIZABLE_PACKAGES=org.heritagesentinel.avro"
EXPOSE 8080 8090
ENTRYPOINT ["java", "-jar", "/opt/sentinel/sentinel.jar"]
CMD ["run"]
