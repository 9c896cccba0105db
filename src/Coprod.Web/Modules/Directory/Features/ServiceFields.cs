using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>What a write returns: the record's id and its new concurrency token.</summary>
public sealed record Saved(Guid Id, Guid Version);

/// <summary>What adding a competence, a presence slot or an on-call entry returns.</summary>
public sealed record Added(Guid Id);

/// <summary>The fields of a service as sent to create or update it.</summary>
public sealed record ServiceFields(
    string? Name, string? Description, string? Phone, string? Email, string? Address, IReadOnlyList<TerritoryInput>? Territories)
{
    /// <summary>Checks lengths, contacts and territories (400); the guard checks name and description afterwards (422).</summary>
    public Validation Validate(DirectoryPlaces places, IStringLocalizer<DirectoryText> t, IStringLocalizer<UiText> ui)
    {
        var name = Name?.Trim() ?? "";
        var v = new Validation()
            .Check(name.Length > 0, "name", ui["Validation_Required"])
            .Check(name.Length <= DirectoryLimits.Name, "name", ui["Validation_TooLong", DirectoryLimits.Name])
            .Check((Description?.Trim().Length ?? 0) <= DirectoryLimits.Description, "description", ui["Validation_TooLong", DirectoryLimits.Description])
            .Check((Address?.Trim().Length ?? 0) <= DirectoryLimits.Address, "address", ui["Validation_TooLong", DirectoryLimits.Address])
            .Check(ContactRules.IsPhone(Phone?.Trim()), "phone", t["Contact_Phone"])
            .Check(ContactRules.Clean(Email) is null || ContactRules.IsEmail(Email!.Trim()), "email", t["Contact_Email"]);
        var territories = Territories ?? [];
        v.Check(territories.Count > 0, "territories", t["Service_TerritoriesRequired"])
            .Check(territories.Count <= DirectoryLimits.Territories, "territories", ui["Validation_TooLong", DirectoryLimits.Territories]);
        for (var i = 0; i < territories.Count && i < DirectoryLimits.Territories; i++)
        {
            places.Check(territories[i], v, $"territories[{i}]", t, optional: false);
        }
        return v;
    }

    public AnonymousTextCheck CheckPrivacy(AnonymousTextGuard guard, PrivacyOverride? privacyOverride) =>
        guard.Begin(privacyOverride).Check("name", Name).Check("description", Description);

    /// <summary>Writes the fields to the entity (territories replaced, duplicates dropped).</summary>
    public void ApplyTo(DirectoryService service)
    {
        service.Name = Name!.Trim();
        service.Description = ContactRules.Clean(Description);
        service.Phone = Phone!.Trim();
        service.Email = ContactRules.Clean(Email);
        service.Address = ContactRules.Clean(Address);
        service.Territories.Clear();
        foreach (var territory in (Territories ?? []).Select(x => (Commune: ContactRules.Clean(x.Commune), x.AreaId)).Distinct())
        {
            service.Territories.Add(new ServiceTerritory { Id = Guid.NewGuid(), ServiceId = service.Id, CommuneInsee = territory.Commune, AreaId = territory.AreaId });
        }
    }
}
