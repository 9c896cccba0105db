using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Coprod.Bench.Events;

/// <summary>
/// A partner's system reporting through the ingest API with its institution's key (<c>X-Api-Key</c>)
/// and a fresh <c>Idempotency-Key</c> per call, reading each answer in full.
/// </summary>
internal sealed class IngestClient(Uri baseAddress, BenchWorld world) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    private string? _firstError;

    /// <summary>The first refused call's status and body, if any.</summary>
    public string? FirstError => _firstError;

    /// <summary>Posts one prepared body; true when the API answered 201 Created.</summary>
    public async Task<bool> PostAsync(byte[] body, bool batch = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, world.EventsPath + (batch ? "/batch" : "")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", world.ApiKey);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        try
        {
            using var response = await _http.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return true;
            }
            Interlocked.CompareExchange(ref _firstError, $"{(int)response.StatusCode} {answer[..Math.Min(answer.Length, 500)]}", null);
        }
        catch (HttpRequestException e)
        {
            Interlocked.CompareExchange(ref _firstError, e.Message, null);
        }
        return false;
    }

    /// <summary>Posts one prepared body; whether it was accepted and how long the call took, in milliseconds.</summary>
    public async Task<(bool Ok, double Milliseconds)> TimedPostAsync(byte[] body)
    {
        var start = Stopwatch.GetTimestamp();
        var ok = await PostAsync(body);
        return (ok, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    /// <summary>
    /// Posts every body once, <paramref name="concurrency"/> callers pulling from one queue; returns
    /// the elapsed time, the number refused and each call's duration in milliseconds.
    /// </summary>
    public async Task<(TimeSpan Elapsed, int Failed, double[] Milliseconds)> PostAllAsync(IReadOnlyList<byte[]> bodies, int concurrency)
    {
        var durations = new double[bodies.Count];
        var (next, failed) = (-1, 0);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < bodies.Count; i = Interlocked.Increment(ref next))
            {
                var start = Stopwatch.GetTimestamp();
                if (!await PostAsync(bodies[i]))
                {
                    Interlocked.Increment(ref failed);
                }
                durations[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        return (clock.Elapsed, failed, durations);
    }

    public void Dispose() => _http.Dispose();
}
