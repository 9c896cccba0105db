using BenchmarkDotNet.Running;

namespace Coprod.Bench;

/// <summary>Entry point of the benchmarks (see bench/README.md).</summary>
public static class BenchProgram
{
    /// <summary>Every class with [Benchmark] methods in this assembly; pick with --filter, e.g. --filter '*Audit*'.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
}
