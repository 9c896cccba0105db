using System.Text;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// Inserts thousands of new rows with multi-row <c>INSERT</c> commands, on SQLite and PostgreSQL alike: the
/// columns and value conversions come from the EF model, the commands join the context's current transaction.
/// Ten times cheaper than tracking each entity for <c>SaveChanges</c>; for the demo's year of events.
/// </summary>
internal static class DemoBulkInsert
{
    // Well below SQLite's historical limit of 999 parameters in one statement: SQLite finds each parameter by a
    // linear search of its names, so very long statements cost more than they save.
    private const int MaxParameters = 450;

    /// <summary>Inserts <paramref name="rows"/> within the context's current transaction (refused without one).</summary>
    public static async Task InsertAsync<T>(CoprodDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside its caller's transaction.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Select(p => (Property: p, Getter: p.GetGetter(), Mapping: p.GetRelationalTypeMapping())).ToList();
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        var perCommand = MaxParameters / columns.Count;
        for (var start = 0; start < rows.Count; start += perCommand)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(insert);
            for (var r = start; r < Math.Min(start + perCommand, rows.Count); r++)
            {
                text.Append(r == start ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = sql.GenerateParameterName($"p{r - start}_{c}");
                    text.Append(c == 0 ? "" : ", ").Append(name);
                    command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, columns[c].Getter.GetClrValue(rows[r]), columns[c].Property.IsNullable));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
