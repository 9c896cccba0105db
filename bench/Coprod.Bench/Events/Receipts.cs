using System.Diagnostics;
using Coprod.Bench.EndToEnd;

namespace Coprod.Bench.Events;

/// <summary>
/// What the hub clients received of one phase's reports (those whose reference has this phase's
/// prefix): for each report, when its POST started and how many clients got it; for each delivery,
/// the time from that start to the client's handler, on the bench process's one clock.
/// </summary>
internal sealed class Receipts(string prefix, int reports, long expected, int connections)
{
    private readonly long[] _sentAt = new long[reports];
    private readonly int[] _perReport = new int[reports];
    private readonly int[] _perConnection = new int[connections];
    private readonly double[] _latencies = new double[expected];
    private long _received;

    public string Prefix => prefix;

    /// <summary>Deliveries the routing should make: for each report, the connections of its recipient institution.</summary>
    public long Expected => expected;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>Connections that received nothing of this phase.</summary>
    public int SilentConnections => _perConnection.Count(c => c == 0);

    /// <summary>Called right before the report's POST is sent.</summary>
    public void Sent(int sequence) => Volatile.Write(ref _sentAt[sequence], Stopwatch.GetTimestamp());

    /// <summary>Called by connection <paramref name="connection"/>'s handler with the reference of the event it received.</summary>
    public void Receive(int connection, string? reference)
    {
        var now = Stopwatch.GetTimestamp();
        var sequence = BenchReports.SequenceOf(reference, prefix);
        if (sequence < 0 || sequence >= _sentAt.Length)
        {
            return;
        }
        Interlocked.Increment(ref _perReport[sequence]);
        Interlocked.Increment(ref _perConnection[connection]);
        var slot = Interlocked.Increment(ref _received) - 1;
        if (slot < _latencies.Length)
        {
            _latencies[slot] = Stopwatch.GetElapsedTime(Volatile.Read(ref _sentAt[sequence]), now).TotalMilliseconds;
        }
    }

    /// <summary>The report-to-recipient latencies of every delivery received.</summary>
    public Latencies Latencies() => new(_latencies.Take((int)Math.Min(Received, _latencies.Length)));

    /// <summary>Waits until every expected delivery arrived, or <paramref name="patience"/> passed without a new one.</summary>
    public async Task WaitAsync(TimeSpan patience)
    {
        var (last, quiet) = (Received, Stopwatch.StartNew());
        while (Received < Expected && quiet.Elapsed < patience)
        {
            await Task.Delay(100);
            if (Received != last)
            {
                (last, quiet) = (Received, Stopwatch.StartNew());
            }
        }
    }
}
