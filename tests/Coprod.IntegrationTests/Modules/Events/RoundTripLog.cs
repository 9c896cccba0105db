using System.Collections.Concurrent;
using System.Data.Common;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>
/// What the database was sent for the requests carrying the <see cref="Header"/> (whatever context or scope
/// sent it): each command, and each commit. On PostgreSQL each is one round trip (Npgsql sends a <c>BEGIN</c>
/// with the command that follows it); on SQLite, one call into the engine.
/// </summary>
internal sealed class RoundTripLog
{
    public const string Header = "X-Test-Round-Trips";

    private readonly ConcurrentQueue<(string Tag, string Sql)> _sent = new();
    private IInterceptor[]? _interceptors;

    /// <summary>The statements sent for <paramref name="tag"/>, in order; a commit is <c>COMMIT</c>.</summary>
    public IReadOnlyList<string> For(string tag) => _sent.Where(s => s.Tag == tag).Select(s => s.Sql).ToList();

    /// <summary>A second host on <paramref name="app"/>'s database that logs into a new <see cref="RoundTripLog"/>.</summary>
    public static (WebApplicationFactory<Program> Host, RoundTripLog Log) Host(AppFactory app)
    {
        var log = new RoundTripLog();
        var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<PostgresCoprodDbContext>((sp, o) => o.AddInterceptors(log.Interceptors(sp)));
            services.ConfigureDbContext<SqliteCoprodDbContext>((sp, o) => o.AddInterceptors(log.Interceptors(sp)));
        }));
        return (host, log);
    }

    // The same two instances for every context: EF keeps one internal service provider for them all.
    private IInterceptor[] Interceptors(IServiceProvider services) =>
        _interceptors ??= Create(services.GetRequiredService<IHttpContextAccessor>());

    private IInterceptor[] Create(IHttpContextAccessor http)
    {
        void Add(string sql)
        {
            if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag)
            {
                _sent.Enqueue((tag, sql));
            }
        }
        return [new Commands(Add), new Commits(Add)];
    }

    private sealed class Commands(Action<string> add) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            add(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            add(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class Commits(Action<string> add) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            add("COMMIT");
            return base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
        }
    }
}
