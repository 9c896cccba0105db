using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Coprod.Web.Platform;

/// <summary>
/// Compresses (Brotli or gzip, as the client accepts) the responses of the endpoints marked
/// <see cref="Compressed{TBuilder}"/> and only those: large bodies that hold no secret and echo no
/// input worth guessing (the map's points, hotspot cells, GeoJSON and CSV exports). Pages and
/// answers that carry tokens or antiforgery fields are never compressed (BREACH).
/// </summary>
public static class Compression
{
    private sealed class CompressedResponse;

    public static IServiceCollection AddCoprodCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/geo+json", "text/csv"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Marks an endpoint whose response may be compressed.</summary>
    public static TBuilder Compressed<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new CompressedResponse());

    /// <summary>After routing: the compression middleware, for the marked endpoints.</summary>
    public static IApplicationBuilder UseCoprodCompression(this IApplicationBuilder app) =>
        app.UseWhen(http => http.GetEndpoint()?.Metadata.GetMetadata<CompressedResponse>() is not null, branch => branch.UseResponseCompression());
}
