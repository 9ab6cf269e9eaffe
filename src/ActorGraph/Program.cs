using System.CommandLine;
using ActorGraph.Analysis;
using ActorGraph.Api;
using ActorGraph.Cli;
using ActorGraph.Model;
using ActorGraph.Storage;
using Microsoft.Extensions.Options;

// actorgraph: one executable. Each verb is one file under Cli/; `serve` runs the web app built below.
var root = new RootCommand("ActorGraph: who tags, answers, follows and co-signs with whom, with the evidence behind every edge.")
{
    ServeCommand.Create(),
    HealthCommand.Create(),
    IngestCommand.Create(),
    ExtractCommand.Create(),
    SampleCommand.Create(),
    StatsCommand.Create(),
    ActorsCommand.Create(),
    RelationsCommand.Create(),
    CypherCommand.Create(),
    Neo4jCommand.Create(),
    ExportCommand.Create(),
    AnalyzeCommand.Create(),
    PathsCommand.Create(),
};
return await CliRunner.InvokeAsync(root, args);

public partial class Program
{
    /// <summary>The HTTP API and the page: services, then one route group per feature (each in its own file under Api/).</summary>
    public static WebApplication BuildWebApp(WebApplicationBuilder builder, StoreSettings store)
    {
        builder.Services.AddCompression();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Explain);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadInputHandler>();
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer<RelationTypeSchema>());
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new RelationTypeJsonConverter()));
        builder.Services.AddGraphStore(store);
        builder.Services.AddSingleton(sp => new AnalysisCache(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IOptions<ApiSettings>>().Value.AnalysisLimits));
        builder.Services.AddDrawingWarmUp();
        builder.Services.Configure<ApiSettings>(builder.Configuration.GetSection("ActorGraph"));

        var app = builder.Build();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiAccess();
        app.UsePage();
        app.MapOpenApi();

        app.MapHealth();
        app.MapStats();
        app.MapActors();
        app.MapRelations();
        app.MapGraph();
        app.MapDrawing();
        app.MapDocuments();
        app.MapExport();
        app.MapAnalysis();
        app.MapAttributes();
        app.MapTimeline();
        app.MapPaths();
        app.MapIngest();
        app.MapCypher();
        app.MapExtract();
        return app;
    }

    /// <summary>Who may read the API of a built app, for <c>serve</c> to say at start.</summary>
    public static string DescribeReads(WebApplication app) => app.DescribeReads();
}
