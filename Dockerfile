# ActorGraph service image, in three stages:
#   web      Node.js bundles the page: npm ci, then npm run build (web/ -> src/ActorGraph/wwwroot/dist);
#   build    the .NET SDK publishes the app with that bundle embedded (BuildWeb=false: the SDK image has no Node.js);
#   runtime  the ASP.NET runtime as the unprivileged user "app", with a health check on /health.
# The version option names the commit when it is passed in: docker build --build-arg SOURCE_REVISION=$(git rev-parse HEAD) .
FROM node:20-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG SOURCE_REVISION=""
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ActorGraph.slnx ./
COPY src/ActorGraph.Core/ActorGraph.Core.csproj src/ActorGraph.Core/
COPY src/ActorGraph/ActorGraph.csproj src/ActorGraph/
RUN dotnet restore src/ActorGraph/ActorGraph.csproj
COPY src/ src/
COPY cypher/ cypher/
COPY data/samples/ data/samples/
COPY --from=web /src/src/ActorGraph/wwwroot/dist/ src/ActorGraph/wwwroot/dist/
RUN dotnet publish src/ActorGraph/ActorGraph.csproj -c Release -o /app --no-restore -p:BuildWeb=false -p:SourceRevisionId=$SOURCE_REVISION
# An empty folder for the runtime's volume, copied there with its owner: the runtime stage runs no shell command.
RUN mkdir -p /data

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The embedded store lives in a volume; the compose stack uses Neo4j instead (ACTORGRAPH_STORE=neo4j).
COPY --from=build --chown=app /data /data
VOLUME /data
ENV ACTORGRAPH_DB=/data/actorgraph.db
# The aspnet images ship the unprivileged user "app" (uid 1654).
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 CMD ["dotnet", "actorgraph.dll", "health", "--url", "http://localhost:8080"]
ENTRYPOINT ["dotnet", "actorgraph.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
