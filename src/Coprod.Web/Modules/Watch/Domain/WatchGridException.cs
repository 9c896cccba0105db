using System.Globalization;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// A hotspot or density request that cannot be computed as asked (too many cells, cell size out of
/// range…). The API turns it into a 422 problem whose text comes from <see cref="Refusal"/> and
/// <see cref="Values"/>; the message is English, for logs, and quotes only numbers.
/// </summary>
public sealed class WatchGridException(GridRefusal refusal, params double[] values)
    : Exception($"{refusal}: {string.Join(", ", values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))}")
{
    /// <summary>Which limit was crossed.</summary>
    public GridRefusal Refusal { get; } = refusal;

    /// <summary>The numbers for the text, in the order <see cref="GridRefusal"/> lists them.</summary>
    public IReadOnlyList<double> Values { get; } = values;
}
