using System.Text.Json.Serialization;
using Coprod.Web.Platform.Localization;
using Scalar.AspNetCore;

namespace Coprod.Web.Platform;

/// <summary>Host-wide set-up: logging, JSON, OpenAPI, the middleware pipeline and the API root.</summary>
public static class Hosting
{
    public static WebApplicationBuilder AddCoprodHosting(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            builder.Logging.AddJsonConsole();
        }
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Coprod API";
            doc.Info.Description = "API of Coprod, the shared workspace of French local crime-prevention partnerships.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks();
        builder.Services.AddCoprodCompression();
        builder.Services.AddAntiforgery();
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static WebApplication UseCoprodPipeline(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"Coprod est prêt : {string.Join(" ", app.Urls.Select(u => u.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)))}"));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestSizeGuardMiddleware>();
        app.UseCoprodLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseCoprodCompression();
        return app;
    }

    /// <summary>The <c>/api/v1</c> root group, the OpenAPI document, the Scalar UI and <c>/health</c>.</summary>
    public static RouteGroupBuilder MapCoprodApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Coprod API"));
        app.MapHealthChecks("/health").AllowAnonymous();
        return app.MapGroup("/api/v1").DisableAntiforgery();
    }
}
