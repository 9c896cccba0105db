using System.Text;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>A demo host of its own, on the suite's database (SQLite in memory or PostgreSQL).</summary>
public sealed class DatabaseScanHost : IAsyncLifetime
{
    public AppFactory App { get; } = new() { SeedDemo = true };

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>A demo host of its own on a SQLite file, whatever the suite's database, to read the file as bytes.</summary>
public sealed class DatabaseFileHost : IAsyncLifetime
{
    public string File { get; } = Path.Combine(Path.GetTempPath(), "coprod-tests-scan", $"{Guid.NewGuid():N}.db");

    public AppFactory App { get; }

    public DatabaseFileHost()
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        App = new AppFactory { SeedDemo = true, SqliteFile = File };
    }

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        foreach (var path in new[] { File, File + "-wal", File + "-shm", File + "-journal" })
        {
            System.IO.File.Delete(path);
        }
    }
}

/// <summary>
/// The proof after the demo scenario: no nominative or descriptive text of the demo's cases is
/// anywhere in the database in clear — not outside the confidential tables, not inside them (sealed only),
/// and not in the bytes of the database file.
/// </summary>
public sealed class DatabaseScanTests(DatabaseScanHost host) : IClassFixture<DatabaseScanHost>
{
    private readonly AppFactory _app = host.App;

    private static readonly string[] Texts = [.. DemoConfidentialCases.Texts];

    [Fact]
    public async Task DemoCases_AreThere_AndOpenWithTheKeyRing()
    {
        var cipher = _app.Services.GetRequiredService<ConfidentialCipher>();
        var cases = await _app.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().ToListAsync(Ct));
        var names = cases.SelectMany(c => cipher.Open<CaseRecord>(c.Id, c.SealedRecord).Persons.Select(p => p.LastName)).ToHashSet();
        Assert.Superset(names, DemoConfidentialCases.Cases.SelectMany(c => c.Persons.Select(p => p.LastName)).ToHashSet());
        Assert.True(Texts.Length > 20, $"{Texts.Length} texts");
    }

    [Fact]
    public async Task TablesOutsideTheConfidentialModule_HoldNoneOfTheCasesTexts()
    {
        var hits = await DatabaseText.FindAsync(_app, Texts);
        Assert.Empty(hits.Where(h => !h.Table.StartsWith("conf_", StringComparison.Ordinal)).Select(h => $"{h.Table}.{h.Column}: {h.Text}"));
    }

    [Fact]
    public async Task ConfidentialTables_HoldTheCasesTextsOnlySealed()
    {
        var hits = await DatabaseText.FindAsync(_app, Texts);
        Assert.Empty(hits.Where(h => h.Table.StartsWith("conf_", StringComparison.Ordinal)).Select(h => $"{h.Table}.{h.Column}: {h.Text}"));
        Assert.NotEmpty(await DatabaseText.FindAsync(_app, "Groupe opérationnel mineurs — Échirolles"));
    }

}

/// <summary>The last proof: the bytes of the SQLite database file (and its journal) hold none of the demo cases' texts.</summary>
public sealed class DatabaseFileScanTests(DatabaseFileHost host) : IClassFixture<DatabaseFileHost>
{
    private readonly AppFactory _app = host.App;

    [Fact]
    public async Task DatabaseFile_HoldsNoneOfTheCasesTexts_InUtf8OrUtf16()
    {
        await using (var connection = new SqliteConnection(_app.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync(Ct);
        }
        var bytes = new List<byte>();
        foreach (var path in new[] { host.File, host.File + "-wal", host.File + "-journal" }.Where(File.Exists))
        {
            bytes.AddRange(await ReadSharedAsync(path));
        }
        var content = bytes.ToArray();
        Assert.True(content.Length > 100_000, $"{content.Length} bytes");
        Assert.True(Contains(content, Encoding.UTF8.GetBytes("Groupe opérationnel mineurs — Échirolles")), "The scan reads the file.");
        var found = DemoConfidentialCases.Texts.Where(t => Contains(content, Encoding.UTF8.GetBytes(t)) || Contains(content, Encoding.Unicode.GetBytes(t))
            || Contains(content, Encoding.BigEndianUnicode.GetBytes(t))).ToList();
        Assert.Empty(found);
    }

    private static bool Contains(byte[] content, byte[] text) => content.AsSpan().IndexOf(text) >= 0;

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, Ct);
        return memory.ToArray();
    }
}
