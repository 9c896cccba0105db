using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Coprod.Web.Platform.Data;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// Searches a whole database for a text, in every column of every table (each value read as text,
/// case-insensitively), whatever the module: SQLite's <c>sqlite_master</c> or PostgreSQL's
/// <c>information_schema</c> tells what there is, so a table added later is searched too.
/// </summary>
internal static class DatabaseText
{
    /// <summary>A column holding the text, and the values found there.</summary>
    public sealed record Hit(string Table, string Column, IReadOnlyList<string> Values);

    public static async Task<IReadOnlyList<Hit>> FindAsync(AppFactory app, string text)
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
                var values = await MatchesAsync(connection, app.OnPostgres, table, column, text);
                if (values.Count > 0)
                {
                    hits.Add(new Hit(table, column, values));
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

    private static async Task<List<string>> MatchesAsync(DbConnection connection, bool postgres, string table, string column, string text)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? $"SELECT \"{column}\"::text FROM \"{table}\" WHERE \"{column}\"::text ILIKE '%' || @text || '%'"
            : $"SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\" WHERE instr(lower(CAST(\"{column}\" AS TEXT)), lower(@text)) > 0";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@text";
        parameter.Value = text;
        command.Parameters.Add(parameter);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }
        return values;
    }
}
