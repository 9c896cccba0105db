using System.Globalization;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// Imports people and their institutions from a CSV or XLSX file (DIR-2): a preview first
/// (<c>dryRun</c>: every row with what it will create and its errors), then the commit, all or
/// nothing: one bad row and nothing is saved. Columns (any order, case and accents ignored):
/// prénom, nom, fonction, institution, type (of a new institution), courriel, téléphone,
/// communes (INSEE codes or names, separated by « ; » or « , »), début (JJ/MM/AAAA).
/// </summary>
public static class ImportDirectory
{
    public sealed record RowError(string Field, string Message);

    public sealed record Row(int Line, string FirstName, string LastName, string Institution, bool NewInstitution, IReadOnlyList<RowError> Errors);

    public sealed record Preview(bool Committed, int People, int NewInstitutions, IReadOnlyList<Row> Rows)
    {
        public bool IsValid => Rows.All(r => r.Errors.Count == 0);
    }

    public sealed class Handler(
        CoprodDbContext db,
        AuditTrail audit,
        ListPartnershipCommunes.Handler partnershipCommunes,
        AnonymousTextGuard privacy,
        TimeProvider clock,
        IStringLocalizer<PeopleText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<Preview>, ValidationProblem>> HandleAsync(
            Guid partnershipId, Guid actorId, Stream body, string? fileNameOrType, bool dryRun, CancellationToken ct)
        {
            var sheet = await DirectoryFile.ReadAsync(body, fileNameOrType, ct);
            if (sheet.Error is { } error)
            {
                return TypedResults.ValidationProblem(Validation.Single("file", t[$"Import_File_{error}", DirectoryFile.MaxRows]));
            }
            var communes = await partnershipCommunes.HandleAsync(partnershipId, ct);
            var institutions = (await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToListAsync(ct))
                .ToDictionary(i => DirectoryFile.Key(i.Name), StringComparer.Ordinal);
            var today = QueryValues.Today(clock);
            var knownEmails = (await db.Set<DirectoryPerson>().AsNoTracking()
                    .Where(p => p.PartnershipId == partnershipId && p.Email != null && (p.EndsOn == null || p.EndsOn > today))
                    .Select(p => p.Email!).ToListAsync(ct))
                .Select(e => e.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

            var plan = new List<(Row Row, PersonRules.Input Input, string InstitutionKey)>();
            var newInstitutions = new Dictionary<string, Institution>(StringComparer.Ordinal);
            var inPartnership = communes.Select(c => c.Insee).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                var cells = sheet.Rows[i];
                var line = i + 2; // the header is line 1
                var v = new Validation();
                var (codes, unknownCommunes) = Communes(Cell(cells, "communes", "commune", "territoire"), communes);
                var startsOn = Date(Cell(cells, "debut", "datededebut", "arrivee", "depuis"), today, out var badDate);
                var input = new PersonRules.Input(Cell(cells, "prenom"), Cell(cells, "nom", "nomdefamille"), Cell(cells, "fonction", "poste"),
                    Cell(cells, "courriel", "email", "mail", "adressemail"), Cell(cells, "telephone", "tel", "telephoneprofessionnel"), codes, startsOn);
                PersonRules.Check(v, "", input, inPartnership, t);
                foreach (var name in unknownCommunes)
                {
                    v.Add("communes", t["Person_CommuneUnknown", name]);
                }
                v.Check(!badDate, "startsOn", t["Import_DateInvalid"]);
                if (input.Email is { Length: > 0 } mail && !knownEmails.Add(mail.Trim().ToUpperInvariant()))
                {
                    v.Add("email", t["Import_EmailDuplicate"]);
                }
                var institutionName = Cell(cells, "institution", "structure", "organisme");
                var key = DirectoryFile.Key(institutionName);
                var isNew = key.Length > 0 && !institutions.ContainsKey(key);
                if (key.Length == 0)
                {
                    v.Add("institution", t["Person_Required"]);
                }
                else if (isNew && !newInstitutions.ContainsKey(key))
                {
                    var type = InstitutionTypeOf(Cell(cells, "type", "typeinstitution", "typedinstitution"));
                    var guard = privacy.Begin(null).Check("institution", institutionName);
                    v.Check(type is not null, "type", t["Import_TypeInvalid"])
                        .Check(guard.IsAccepted, "institution", t["Import_InstitutionPersonalData"])
                        .Check(institutionName.Length <= 200, "institution", t["Person_TooLong", 200]);
                    if (v.IsValid)
                    {
                        newInstitutions[key] = new Institution { Id = Guid.NewGuid(), PartnershipId = partnershipId, Name = institutionName.Trim(), Type = type!.Value };
                    }
                }
                var errors = v.Errors.SelectMany(e => e.Value.Select(m => new RowError(e.Key, m))).ToList();
                plan.Add((new Row(line, input.FirstName ?? "", input.LastName ?? "", institutionName, isNew, errors), input, key));
            }

            var preview = new Preview(false, plan.Count, newInstitutions.Count, plan.Select(p => p.Row).ToList());
            if (dryRun)
            {
                return TypedResults.Ok(preview);
            }
            if (!preview.IsValid)
            {
                var all = new Validation();
                foreach (var row in preview.Rows)
                {
                    foreach (var e in row.Errors)
                    {
                        all.Add($"rows[{row.Line}].{e.Field}", e.Message);
                    }
                }
                return TypedResults.ValidationProblem(all.Errors);
            }
            db.AddRange(newInstitutions.Values);
            foreach (var (_, input, key) in plan)
            {
                var institutionId = institutions.TryGetValue(key, out var existing) ? existing.Id : newInstitutions[key].Id;
                db.Add(await PersonFactory.NewAsync(db, partnershipId, institutionId, input, ct));
            }
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.DirectoryImported, partnershipId, actorId, "directory_people", partnershipId.ToString(),
                new { people = plan.Count, institutions = newInstitutions.Count }));
            return TypedResults.Ok(preview with { Committed = true });
        }

        private InstitutionType? InstitutionTypeOf(string value)
        {
            var key = DirectoryFile.Key(value);
            if (key.Length == 0)
            {
                return null;
            }
            foreach (var type in Enum.GetValues<InstitutionType>())
            {
                if (DirectoryFile.Key(type.ToString()) == key || DirectoryFile.Key(ui.Name(type)) == key)
                {
                    return type;
                }
            }
            return null;
        }
    }

    private static string Cell(IReadOnlyDictionary<string, string> cells, params string[] names)
    {
        foreach (var name in names)
        {
            if (cells.TryGetValue(name, out var value) && value.Length > 0)
            {
                return value;
            }
        }
        return "";
    }

    // "38151; Échirolles, 38185": INSEE codes or names of the partnership's communes.
    private static (List<string> Codes, List<string> Unknown) Communes(string cell, IReadOnlyList<CommuneDto> communes)
    {
        var codes = new List<string>();
        var unknown = new List<string>();
        foreach (var part in cell.Split([';', ',', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = communes.FirstOrDefault(c => c.Insee == part.ToUpperInvariant() || SearchText.Normalize(c.Name) == SearchText.Normalize(part));
            if (match is null && part.Length == 5 && part.All(char.IsLetterOrDigit))
            {
                codes.Add(part.ToUpperInvariant()); // an INSEE code outside the partnership: PersonRules says so
            }
            else if (match is null)
            {
                unknown.Add(part);
            }
            else
            {
                codes.Add(match.Insee);
            }
        }
        return (codes, unknown);
    }

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    private static DateOnly? Date(string cell, DateOnly today, out bool invalid)
    {
        invalid = false;
        if (cell.Length == 0)
        {
            return today;
        }
        if (DateOnly.TryParseExact(cell, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        invalid = true;
        return today;
    }
}
