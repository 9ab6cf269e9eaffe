using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ActorGraph.Api;

internal static class Compression
{
    /// <summary>
    /// Brotli, else gzip, for JSON and the page's files, over HTTP and HTTPS alike: the drawing of 50,000 relations
    /// shrinks several times. The fastest levels: compressing must not cost more time than it saves on a local network.
    /// </summary>
    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
