using System.Security.Cryptography;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// CONF-5: after a key rotation, <c>confidential reseal</c> moves every sealed column to the new key, so
/// that the old key can be revoked and everything still opens. A host of its own: its key ring is rotated.
/// </summary>
public sealed class RetentionResealTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed record Sealed(string Table, Guid CaseId, string Value);

    private Task<List<Sealed>> SealedAsync(Guid caseId) => _app.WithDbAsync(async db =>
    {
        var all = new List<Sealed>();
        all.AddRange(await db.Set<ConfidentialCase>().Where(c => c.Id == caseId).Select(c => new Sealed("conf_cases", c.Id, c.SealedRecord)).ToListAsync(Ct));
        all.AddRange(await db.Set<CaseEntry>().Where(c => c.CaseId == caseId).Select(c => new Sealed("conf_case_entries", c.CaseId, c.SealedContent)).ToListAsync(Ct));
        all.AddRange(await db.Set<CaseAccessReason>().Where(c => c.CaseId == caseId).Select(c => new Sealed("conf_access_reasons", c.CaseId, c.SealedReason))
            .ToListAsync(Ct));
        all.AddRange(await db.Set<Disclosure>().Where(c => c.CaseId == caseId).Select(c => new Sealed("conf_disclosures", c.CaseId, c.SealedContent)).ToListAsync(Ct));
        return all;
    });

    private static bool Opens(ConfidentialCipher cipher, Guid caseId, string sealedText)
    {
        try
        {
            cipher.Open<CaseRecord>(caseId, sealedText);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Reseal_AfterRotation_MovesEveryColumnToTheNewKey_ThenTheOldKeyCanBeRevoked()
    {
        var cipher = _app.Services.GetRequiredService<ConfidentialCipher>();
        var world = await ConfidentialWorld.CreateAsync(_app);
        var (member, _, _) = await world.MemberAsync();
        var found = await world.CaseAsync(member.Id, "Rotatrice", "Clémentine");
        var now = DateTimeOffset.UtcNow;
        await _app.WithDbAsync(async db =>
        {
            db.Add(new CaseEntry
            {
                Id = Guid.NewGuid(),
                CaseId = found.Id,
                Kind = EntryKind.Information,
                Category = InformationCategory.Schooling,
                AuthorUserId = member.Id,
                CreatedAt = now,
                SealedContent = cipher.Seal(found.Id, new EntryContent("Absences répétées")),
            });
            db.Add(new CaseAccessReason { Id = Guid.NewGuid(), CaseId = found.Id, UserId = member.Id, At = now, SealedReason = cipher.Seal(found.Id, "Contrôle") });
            db.Add(new Disclosure
            {
                Id = Guid.NewGuid(),
                CaseId = found.Id,
                ToUserId = member.Id,
                ByUserId = member.Id,
                At = now,
                SealedContent = cipher.Seal(found.Id, new DisclosureContent("Besoin d'un hébergement", "strictement nécessaire")),
            });
            await db.SaveChangesAsync(Ct);
        });
        var before = await SealedAsync(found.Id);
        Assert.Equal(4, before.Count);
        var oldKey = ConfidentialCipher.KeyIdOf(before[0].Value);
        Assert.All(before, s => Assert.Equal(oldKey, ConfidentialCipher.KeyIdOf(s.Value)));

        var newKey = cipher.RotateKey();
        Assert.Equal(0, await ResealContent.RunCommandAsync(_app.Services));

        var after = await SealedAsync(found.Id);
        Assert.All(after, s => Assert.Equal(newKey, ConfidentialCipher.KeyIdOf(s.Value)));
        Assert.Equal("Rotatrice", cipher.Open<CaseRecord>(found.Id, after.Single(s => s.Table == "conf_cases").Value).Persons[0].LastName);
        var audited = await _app.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking().Where(r => r.Type == AuditEventType.ConfidentialContentResealed)
            .Select(r => r.Details!).ToListAsync(Ct));
        Assert.Equal(["{\"count\":1}", "{\"count\":1}", "{\"count\":1}", "{\"count\":1}"], audited);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<ResealContent.Handler>().HandleAsync(_ => { }, Ct);
            Assert.Equal(new ResealContent.Result(0, 0), again);
        }

        cipher.RevokeKey(oldKey);
        Assert.Equal("Absences répétées", cipher.Open<EntryContent>(found.Id, after.Single(s => s.Table == "conf_case_entries").Value).Text);
        Assert.Equal("Contrôle", cipher.Open<string>(found.Id, after.Single(s => s.Table == "conf_access_reasons").Value));
        Assert.Equal("strictement nécessaire", cipher.Open<DisclosureContent>(found.Id, after.Single(s => s.Table == "conf_disclosures").Value).Justification);
        // The ring reloads the revocation in the background: content still under the old key stops opening within moments.
        var stale = before.Single(s => s.Table == "conf_cases").Value;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Opens(cipher, found.Id, stale) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }
        Assert.ThrowsAny<CryptographicException>(() => cipher.Open<CaseRecord>(found.Id, stale));
    }
}
