namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo's dice: a seeded <see cref="Random"/> (the same seed gives the same draws on every
/// machine and .NET version) with the few draws the demo events need.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Uniform in [0, 1).</summary>
    public double Next() => _random.NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => _random.Next(max);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>An index drawn with the given (non-negative, not all zero) weights.</summary>
    public int Index(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var target = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }

    /// <summary>An item drawn with the weights <paramref name="weight"/> gives.</summary>
    public T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight) => items[Index(items.Select(weight).ToList())];

    /// <summary>An item drawn uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Gaussian()
    {
        var u = 1 - _random.NextDouble();
        var v = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>A Poisson count of mean <paramref name="mean"/> (Knuth's method: the demo's means are small).</summary>
    public int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = _random.NextDouble(); product > limit; product *= _random.NextDouble())
        {
            count++;
        }
        return count;
    }
}
