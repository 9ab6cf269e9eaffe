using Microsoft.Extensions.FileProviders;

namespace ActorGraph.Api;

internal static class PageFiles
{
    /// <summary>
    /// Serves the page (wwwroot, with the bundle built from web/) from the assembly itself, so a single-file binary, a
    /// .NET tool and the Docker image serve it with nothing beside the executable.
    /// </summary>
    public static WebApplication UsePage(this WebApplication app)
    {
        var files = new ManifestEmbeddedFileProvider(typeof(PageFiles).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }
}
