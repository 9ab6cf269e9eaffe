# ActorGraph service image: build with the .NET SDK, run on the ASP.NET runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ActorGraph.slnx ./
COPY src/ActorGraph.Core/ActorGraph.Core.csproj src/ActorGraph.Core/
COPY src/ActorGraph/ActorGraph.csproj src/ActorGraph/
RUN dotnet restore src/ActorGraph/ActorGraph.csproj
COPY src/ src/
COPY cypher/ cypher/
COPY data/samples/ data/samples/
RUN dotnet publish src/ActorGraph/ActorGraph.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The aspnet images ship the unprivileged user "app" (uid 1654).
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "actorgraph.dll"]
CMD ["serve", "--store", "neo4j", "--urls", "http://0.0.0.0:8080"]
