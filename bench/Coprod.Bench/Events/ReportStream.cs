using System.Diagnostics;
using Coprod.Bench.EndToEnd;

namespace Coprod.Bench.Events;

/// <summary>
/// An open-loop reporter: report i is sent at start + i / rate whatever the answers to the earlier
/// ones (a late server does not slow the sender down), through the ingest API of one instance.
/// </summary>
internal static class ReportStream
{
    /// <summary>What the reporter saw: calls refused, the rate actually achieved, and each call's duration.</summary>
    public sealed record Outcome(int Failed, double AchievedRate, Latencies Posts);

    public static async Task<Outcome> SendAsync(IngestClient client, IReadOnlyList<byte[]> bodies, double rate, Receipts receipts)
    {
        var calls = new List<Task<(bool Ok, double Milliseconds)>>(bodies.Count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < bodies.Count; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            receipts.Sent(i);
            calls.Add(client.TimedPostAsync(bodies[i]));
        }
        var sending = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var results = await Task.WhenAll(calls);
        return new Outcome(results.Count(r => !r.Ok), bodies.Count / sending, new Latencies(results.Select(r => r.Milliseconds)));
    }
}
