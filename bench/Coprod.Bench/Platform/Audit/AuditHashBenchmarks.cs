using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Coprod.Web.Platform.Audit;

namespace Coprod.Bench.Platform.Audit;

/// <summary>
/// Cost of hashing an audit chain of N records with <see cref="AuditHash.Compute"/>, against the
/// floor that no canonical form can beat: SHA-256 alone over the same bytes, already encoded.
/// The ratio is the price of building the canonical text, encoding it and writing the hex digest.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class AuditHashBenchmarks
{
    private AuditRecord[] _records = [];
    private byte[][] _canonical = [];

    [Params(1_000, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var partnership = Guid.Parse("0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002");
        var start = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        _records = new AuditRecord[N];
        _canonical = new byte[N][];
        var previous = AuditHash.Genesis;
        for (var i = 0; i < N; i++)
        {
            var record = new AuditRecord
            {
                Sequence = i + 1,
                At = start.AddSeconds(i * 37),
                Type = (AuditEventType)Enum.GetValues<AuditEventType>().GetValue(i % Enum.GetValues<AuditEventType>().Length)!,
                PartnershipId = i % 5 == 0 ? null : partnership,
                ActorId = new Guid(i, 0x7425, 0x40de, 0x94, 0x4b, 0xe0, 0x7f, 0xc1, 0xf9, 0x0a, 0xe7),
                TargetType = "membership",
                TargetId = (1000 + i).ToString(CultureInfo.InvariantCulture),
                Details = "role=agent;institution=mediation",
                PreviousHash = previous,
            };
            _canonical[i] = Canonical(record);
            record.Hash = AuditHash.Compute(record);
            if (record.Hash != Convert.ToHexStringLower(SHA256.HashData(_canonical[i])))
            {
                throw new InvalidOperationException("The baseline's bytes no longer match AuditHash's canonical form: update Canonical().");
            }
            _records[i] = record;
            previous = record.Hash;
        }
    }

    /// <summary>SHA-256 alone over the canonical bytes, prepared in advance.</summary>
    [Benchmark(Baseline = true)]
    public byte Sha256Only()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        byte last = 0;
        foreach (var bytes in _canonical)
        {
            SHA256.HashData(bytes, digest);
            last ^= digest[0];
        }
        return last;
    }

    /// <summary>The real chain: each record's hash from its fields and the previous hash.</summary>
    [Benchmark]
    public string AuditHashCompute()
    {
        var previous = AuditHash.Genesis;
        foreach (var record in _records)
        {
            record.PreviousHash = previous;
            previous = AuditHash.Compute(record);
        }
        return previous;
    }

    // Mirrors AuditHash.Compute's canonical form; Setup checks they agree.
    private static byte[] Canonical(AuditRecord r) => Encoding.UTF8.GetBytes(string.Join('\u001f',
        r.Sequence.ToString(CultureInfo.InvariantCulture),
        r.At.ToUniversalTime().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ((int)r.Type).ToString(CultureInfo.InvariantCulture),
        r.PartnershipId?.ToString("N") ?? "",
        r.ActorId?.ToString("N") ?? "",
        r.TargetType ?? "",
        r.TargetId ?? "",
        r.Details ?? "",
        r.PreviousHash));
}
