using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Data;

/// <summary>Chooses the database provider from configuration and migrates it at start.</summary>
public static class DataModule
{

    /// <summary>
    /// <c>Database:Provider</c> = <c>Sqlite</c> (default, <c>ConnectionStrings:Sqlite</c> or
    /// <c>data/coprod.db</c>) or <c>Postgres</c> (<c>ConnectionStrings:Postgres</c>).
    /// </summary>
    public static IServiceCollection AddCoprodData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProvider.From(configuration);
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            services.AddDbContext<CoprodDbContext, PostgresCoprodDbContext>(o => o.UseNpgsql(PostgresPooling.Tuned(connectionString)));
        }
        else
        {
            var connectionString = configuration.GetConnectionString("Sqlite") ?? DefaultSqlite(environment);
            services.AddDbContext<CoprodDbContext, SqliteCoprodDbContext>(o => o.UseSqlite(connectionString));
        }
        services.AddSingleton(provider);
        services.AddScoped<VersionedWrites>();
        return services;
    }

    /// <summary>Applies pending migrations (both providers keep their own set).</summary>
    public static async Task MigrateCoprodDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static string DefaultSqlite(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "coprod.db")}";
    }
}
