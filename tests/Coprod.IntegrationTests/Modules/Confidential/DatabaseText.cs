using System.Data.Common;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// Searches a whole database for a text, in every column of every table (each value read as text,
/// case-insensitively), whatever the module: SQLite's <c>sqlite_master</c> or PostgreSQL's
/// <c>information_schema</c> tells what there is, so a table added later is searched too.
/// </summary>
internal static class DatabaseText
{
    /// <summary>A value holding one of the texts searched for.</summary>
    public sealed record Hit(string Table, string Column, string Text, string Value);

    /// <summary>Where <paramref name="text"/> occurs.</summary>
    public static Task<IReadOnlyList<Hit>> FindAsync(AppFactory app, string text) => FindAsync(app, [text]);

    /// <summary>Where any of <paramref name="texts"/> occurs: every value of the database is read once.</summary>
    public static async Task<IReadOnlyList<Hit>> FindAsync(AppFactory app, IReadOnlyCollection<string> texts)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoprodDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        try
        {
            var hits = new List<Hit>();
            foreach (var (table, column) in await ColumnsAsync(connection, app.OnPostgres))
            {
                foreach (var value in await ValuesAsync(connection, app.OnPostgres, table, column))
                {
                    hits.AddRange(texts.Where(t => value.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => new Hit(table, column, t, value)));
                }
            }
            return hits;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<(string Table, string Column)>> ColumnsAsync(DbConnection connection, bool postgres)
    {
        var sql = postgres
            ? "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
              + "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
              + "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY 1, 2"
            : "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
              + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2";
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        return columns;
    }

    private static async Task<List<string>> ValuesAsync(DbConnection connection, bool postgres, string table, string column)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? $"SELECT \"{column}\"::text FROM \"{table}\" WHERE \"{column}\" IS NOT NULL"
            : $"SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
