using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Retention;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// CONF-6: cases destroyed when their archive ends or the followed person turns 25, with everything
/// under them, and nothing of them left. Each test has its own host (a pass destroys whatever is due in
/// the whole database), its clock stopped on the day the cases are opened; passes run as of later days.
/// </summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 10, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly AppFactory _app = new() { Clock = new FixedClock(Now) };

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static readonly string[] CaseTables = ["conf_cases", "conf_case_entries", "conf_access_reasons", "conf_disclosures"];

    private async Task<int> PassAsync(DateTimeOffset now)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DestroyDueCases.Handler>().RunOnceAsync(now, Ct);
    }

    /// <summary>Entries of each kind, an archive access reason, a disclosure and an audit trail of reads, as the module writes them.</summary>
    private async Task<List<Guid>> FillAsync(ConfidentialCase found, Guid authorId, string secret)
    {
        var cipher = _app.Services.GetRequiredService<ConfidentialCipher>();
        var entries = Enum.GetValues<EntryKind>().Select(kind => new CaseEntry
        {
            Id = Guid.NewGuid(),
            CaseId = found.Id,
            Kind = kind,
            Category = InformationCategory.SupportActions,
            AuthorUserId = authorId,
            CreatedAt = Now,
            SealedContent = cipher.Seal(found.Id, new EntryContent($"{secret} — {kind}", Result: secret)),
        }).ToList();
        await _app.WithDbAsync(async db =>
        {
            db.AddRange(entries);
            db.Add(new CaseAccessReason { Id = Guid.NewGuid(), CaseId = found.Id, UserId = authorId, At = Now, SealedReason = cipher.Seal(found.Id, secret) });
            db.Add(new Disclosure
            {
                Id = Guid.NewGuid(),
                CaseId = found.Id,
                ToUserId = authorId,
                ByUserId = authorId,
                At = Now,
                SealedContent = cipher.Seal(found.Id, new DisclosureContent(secret, "strictement nécessaire")),
            });
            await db.SaveChangesAsync(Ct);
        });
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().SaveWithAuditAsync(Ct,
            new AuditEntry(AuditEventType.ConfidentialCaseOpened, found.PartnershipId, authorId, "ConfidentialCase", found.Id.ToString(), new { groupId = found.GroupId }),
            new AuditEntry(AuditEventType.ConfidentialEntryAdded, found.PartnershipId, authorId, "ConfidentialCase", found.Id.ToString(),
                new { groupId = found.GroupId, entryId = entries[0].Id }));
        return [.. entries.Select(e => e.Id)];
    }

    private Task<List<AuditRecord>> DestructionsAsync(Guid caseId) => _app.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking()
        .Where(r => r.Type == AuditEventType.ConfidentialCaseDestroyed && r.TargetId == caseId.ToString()).ToListAsync(Ct));

    [Fact]
    public async Task Pass_AfterArchiveEndAndAgeLimit_DestroysThoseCasesEverywhere_LeavesOthers_AndIsIdempotent()
    {
        var world = await ConfidentialWorld.CreateAsync(_app);
        var (member, _, _) = await world.MemberAsync();
        var archived = await world.CaseAsync(member.Id, "Quatremarre", "Zéphyrine", new DateOnly(2012, 5, 2), status: CaseStatus.Archived);
        var turning25 = await world.CaseAsync(member.Id, "Brandevoisse", "Aurélien", new DateOnly(2004, 11, 20));
        var young = await world.CaseAsync(member.Id, "Pellegrue", "Anatole", new DateOnly(2011, 3, 14));
        var archivedLater = await world.CaseAsync(member.Id, "Vaucelles", "Octavie", new DateOnly(2012, 1, 9), status: CaseStatus.Archived);
        await _app.WithDbAsync(db => db.Set<ConfidentialCase>().Where(c => c.Id == archivedLater.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ArchiveUntil, new DateOnly(2030, 6, 30)), Ct));
        var archivedEntries = await FillAsync(archived, member.Id, "Secret de Zéphyrine au 12 rue des Glycines");
        await FillAsync(turning25, member.Id, "Secret d'Aurélien au 7 impasse des Tilleuls");
        await FillAsync(young, member.Id, "Secret d'Anatole");

        foreach (var table in CaseTables)
        {
            Assert.Contains(await DatabaseText.FindAsync(_app, archived.Id.ToString()), h => h.Table == table);
        }
        Assert.Equal(0, await PassAsync(Now));

        // The archive of the first ends on 1 October 2029; the second's follow-up ends on 1 November 2029 (25 years old that month).
        var later = new DateTimeOffset(2029, 11, 2, 8, 0, 0, TimeSpan.Zero);
        Assert.Equal(2, await PassAsync(later));
        Assert.Equal(0, await PassAsync(later));

        foreach (var (gone, rule) in new[] { (archived, DestroyDueCases.ArchiveEnded), (turning25, DestroyDueCases.AgeLimit) })
        {
            var destroyed = Assert.Single(await DestructionsAsync(gone.Id));
            Assert.Equal("ConfidentialCase", destroyed.TargetType);
            Assert.Null(destroyed.ActorId);
            Assert.Equal($$"""{"groupId":"{{gone.GroupId}}","rule":"{{rule}}"}""", destroyed.Details);
            var hits = await DatabaseText.FindAsync(_app, gone.Id.ToString());
            Assert.All(hits, h => Assert.True(h is { Table: "audit_records", Column: "TargetId" or "Details" }, $"{h.Table}.{h.Column}"));
            Assert.NotEmpty(hits);
        }
        foreach (var entryId in archivedEntries)
        {
            Assert.All(await DatabaseText.FindAsync(_app, entryId.ToString()), h => Assert.Equal(("audit_records", "Details"), (h.Table, h.Column)));
        }
        foreach (var text in new[] { "Quatremarre", "Zéphyrine", "Brandevoisse", "Aurélien", "Glycines", "Tilleuls", "Secret de" })
        {
            Assert.Empty(await DatabaseText.FindAsync(_app, text));
        }

        var left = await _app.WithDbAsync(db => db.Set<ConfidentialCase>().AsNoTracking().Where(c => c.GroupId == world.Group.Id).ToListAsync(Ct));
        Assert.Equal(new[] { young.Id, archivedLater.Id }.Order(), left.Select(c => c.Id).Order());
        Assert.Equal(Enum.GetValues<EntryKind>().Length, await _app.WithDbAsync(db => db.Set<CaseEntry>().CountAsync(e => e.CaseId == young.Id, Ct)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<Disclosure>().CountAsync(e => e.CaseId == young.Id, Ct)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<CaseAccessReason>().CountAsync(e => e.CaseId == young.Id, Ct)));
        var cipher = _app.Services.GetRequiredService<ConfidentialCipher>();
        Assert.Equal("Pellegrue", cipher.Open<CaseRecord>(young.Id, left.Single(c => c.Id == young.Id).SealedRecord).Persons[0].LastName);

        Assert.Equal(1, await PassAsync(new DateTimeOffset(2030, 7, 1, 8, 0, 0, TimeSpan.Zero)));
        Assert.Single(await DestructionsAsync(archivedLater.Id));
    }

    [Fact]
    public async Task TwoPassesAtOnce_DestroyEachCaseOnce_AndAuditItOnce()
    {
        var world = await ConfidentialWorld.CreateAsync(_app);
        var (member, _, _) = await world.MemberAsync();
        var cases = new List<ConfidentialCase>();
        for (var i = 0; i < 4; i++)
        {
            var found = await world.CaseAsync(member.Id, "Concurrent", "Cas", new DateOnly(2003, 2, 1));
            await FillAsync(found, member.Id, "Double passe");
            cases.Add(found);
        }

        var when = new DateTimeOffset(2028, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var counts = await Task.WhenAll(PassAsync(when), PassAsync(when));

        Assert.Equal(cases.Count, counts.Sum());
        foreach (var found in cases)
        {
            Assert.Single(await DestructionsAsync(found.Id));
        }
        Assert.Equal(0, await _app.WithDbAsync(db => db.Set<ConfidentialCase>().CountAsync(c => c.GroupId == world.Group.Id, Ct)));
    }
}
