using Npgsql;
using NpgsqlTypes;

namespace Coprod.Bench.Events;

/// <summary>
/// The rows of <c>events_events</c> as PostgreSQL holds them, read back after the API stored them,
/// for the baselines to write the same rows again (with new ids) by the cheapest means there is.
/// The column list is checked against the table first: a new column would otherwise make the
/// baseline write less than the API does.
/// </summary>
internal static class EventRows
{
    public const string Table = "events_events";

    public static readonly (string Name, NpgsqlDbType Type)[] Columns =
    [
        ("Id", NpgsqlDbType.Uuid),
        ("PartnershipId", NpgsqlDbType.Uuid),
        ("CategoryId", NpgsqlDbType.Uuid),
        ("Severity", NpgsqlDbType.Integer),
        ("OccurredAt", NpgsqlDbType.TimestampTz),
        ("ReportedAt", NpgsqlDbType.TimestampTz),
        ("Latitude", NpgsqlDbType.Double),
        ("Longitude", NpgsqlDbType.Double),
        ("CommuneInsee", NpgsqlDbType.Varchar),
        ("AreaId", NpgsqlDbType.Uuid),
        ("Description", NpgsqlDbType.Varchar),
        ("ReportingInstitutionId", NpgsqlDbType.Uuid),
        ("AuthorUserId", NpgsqlDbType.Uuid),
        ("ApiKeyId", NpgsqlDbType.Uuid),
        ("Source", NpgsqlDbType.Integer),
        ("ExternalReference", NpgsqlDbType.Varchar),
    ];

    public static string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    /// <summary>Throws unless the table has exactly <see cref="Columns"/>.</summary>
    public static async Task CheckSchemaAsync(NpgsqlDataSource data)
    {
        await using var command = data.CreateCommand("SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name");
        command.Parameters.Add(new NpgsqlParameter { Value = Table });
        var actual = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actual.Add(reader.GetString(0));
            }
        }
        var expected = Columns.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        if (!actual.Order(StringComparer.Ordinal).SequenceEqual(expected))
        {
            throw new InvalidOperationException($"{Table} has columns {string.Join(", ", actual)}; the bench writes {string.Join(", ", expected)}: update EventRows.");
        }
    }

    /// <summary>The stored rows whose external reference starts with <paramref name="prefix"/>-, in reference order.</summary>
    public static async Task<List<object?[]>> ReadAsync(NpgsqlDataSource data, string prefix)
    {
        await using var command = data.CreateCommand($"SELECT {ColumnList} FROM {Table} WHERE \"ExternalReference\" LIKE $1 ORDER BY \"ExternalReference\"");
        command.Parameters.Add(new NpgsqlParameter { Value = prefix + "-%" });
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[Columns.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A copy of <paramref name="row"/> under a new id.</summary>
    public static object?[] WithNewId(object?[] row)
    {
        var copy = (object?[])row.Clone();
        copy[0] = Guid.NewGuid();
        return copy;
    }
}
