using System.Collections;
using System.Globalization;
using System.Resources;
using Coprod.Web.Components.Account;
using Coprod.Web.Modules.Directory;
using Coprod.Web.Modules.Governance;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;

namespace Coprod.UnitTests.Platform;

/// <summary>Every French text has its English twin and the other way round (UX-1).</summary>
public sealed class ResourceParityTests
{
    public static TheoryData<string> Markers => [typeof(UiText).FullName!, typeof(AccountText).FullName!, typeof(TerritoryText).FullName!, typeof(PrivacyText).FullName!, typeof(PeopleText).FullName!, typeof(DirectoryText).FullName!, typeof(GovernanceText).FullName!, typeof(Coprod.Web.Modules.Watch.WatchText).FullName!];

    private static Dictionary<string, string> Texts(string baseName, CultureInfo culture)
    {
        var manager = new ResourceManager(baseName, typeof(UiText).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{baseName} has no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
    }

    [Theory]
    [MemberData(nameof(Markers))]
    public void FrenchAndEnglish_HaveTheSameKeys(string baseName)
    {
        var french = Texts(baseName, CultureInfo.InvariantCulture);
        var english = Texts(baseName, new CultureInfo("en"));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.DoesNotContain(french, t => string.IsNullOrWhiteSpace(t.Value));
        Assert.DoesNotContain(english, t => string.IsNullOrWhiteSpace(t.Value));
    }

    [Fact]
    public void EveryAuditEventType_HasItsLabel()
    {
        var french = Texts(typeof(UiText).FullName!, CultureInfo.InvariantCulture);
        Assert.DoesNotContain(Enum.GetNames<AuditEventType>(), name => !french.ContainsKey($"AuditEventType_{name}"));
    }
}
