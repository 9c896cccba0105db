using BenchmarkDotNet.Running;
using Coprod.Bench.EndToEnd;
using Coprod.Bench.Events;
using Coprod.Bench.Watch;

namespace Coprod.Bench;

/// <summary>Entry point of the benchmarks (see bench/README.md).</summary>
public static class BenchProgram
{
    /// <summary>
    /// <c>ingest</c>, <c>fanout</c> and <c>hotspots-numpy</c> run the end-to-end measures (P1, P2, P4)
    /// with their options; anything else goes to BenchmarkDotNet, which runs every class with
    /// [Benchmark] methods in this assembly (pick with --filter, e.g. --filter '*Audit*').
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        Func<BenchArgs, Task<int>>? command = args.FirstOrDefault() switch
        {
            "ingest" => IngestRun.RunAsync,
            "fanout" => FanoutRun.RunAsync,
            "hotspots-numpy" => HotspotsNumpyRun.RunAsync,
            _ => null,
        };
        if (command is null)
        {
            BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
            return 0;
        }
        return await command(new BenchArgs(args.Skip(1)));
    }
}
