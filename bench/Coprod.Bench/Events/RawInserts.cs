using System.Diagnostics;
using Npgsql;

namespace Coprod.Bench.Events;

/// <summary>
/// The baselines of P1: the same rows written by the bench itself with Npgsql and nothing else —
/// one prepared single-row <c>INSERT</c> per event in autocommit (a durable commit each, as each
/// API call makes), from as many connections as the API had concurrent callers; and one binary
/// <c>COPY</c> of a whole batch. Connections are opened before the clock starts.
/// </summary>
internal static class RawInserts
{
    /// <summary>Inserts every row once, <paramref name="concurrency"/> connections pulling from one queue; returns the elapsed time.</summary>
    public static async Task<TimeSpan> InsertAsync(NpgsqlDataSource data, IReadOnlyList<object?[]> rows, int concurrency)
    {
        var sql = $"INSERT INTO {EventRows.Table} ({EventRows.ColumnList}) VALUES ({string.Join(", ", EventRows.Columns.Select((_, i) => $"${i + 1}"))})";
        var workers = new List<(NpgsqlConnection Connection, NpgsqlCommand Command)>();
        foreach (var _ in Enumerable.Range(0, concurrency))
        {
            var connection = await data.OpenConnectionAsync();
            var command = new NpgsqlCommand(sql, connection);
            foreach (var (_, type) in EventRows.Columns)
            {
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
            }
            await command.PrepareAsync();
            workers.Add((connection, command));
        }
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workers.Select(w => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < rows.Count; i = Interlocked.Increment(ref next))
            {
                var row = rows[i];
                for (var c = 0; c < row.Length; c++)
                {
                    w.Command.Parameters[c].Value = row[c] ?? DBNull.Value;
                }
                await w.Command.ExecuteNonQueryAsync();
            }
        })));
        var elapsed = clock.Elapsed;
        foreach (var (connection, command) in workers)
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
        return elapsed;
    }

    /// <summary>Writes every row with one binary <c>COPY</c> (one statement, one commit); returns the elapsed time.</summary>
    public static async Task<TimeSpan> CopyAsync(NpgsqlDataSource data, IReadOnlyList<object?[]> rows)
    {
        await using var connection = await data.OpenConnectionAsync();
        var clock = Stopwatch.StartNew();
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {EventRows.Table} ({EventRows.ColumnList}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync();
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c] is { } value)
                    {
                        await import.WriteAsync(value, EventRows.Columns[c].Type);
                    }
                    else
                    {
                        await import.WriteNullAsync();
                    }
                }
            }
            await import.CompleteAsync();
        }
        return clock.Elapsed;
    }
}
