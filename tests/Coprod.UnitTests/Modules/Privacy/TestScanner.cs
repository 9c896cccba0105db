using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Modules.Territory.Data;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>One scanner for the unit tests, with the shipped lexicon and geography (built once: it takes a few hundred milliseconds).</summary>
public static class TestScanner
{
    private static readonly Lazy<PersonalDataScanner> Shared = new(() => new PersonalDataScanner(new EmbeddedGeography()));

    public static PersonalDataScanner Instance => Shared.Value;

    public static IReadOnlyList<Finding> Scan(string text) => Instance.Scan(text);
}
