using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>Reads the audit trail about one account.</summary>
internal static class AccountAudits
{
    public static Task<List<AuditRecord>> AuditOfAsync(this AppFactory app, CoprodUser user) =>
        app.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.TargetType == "account" && r.TargetId == user.Id.ToString())
            .OrderBy(r => r.Sequence)
            .ToListAsync(TestContext.Current.CancellationToken));

    public static Task<bool> AuditMentionsAsync(this AppFactory app, string text) =>
        app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Details != null && r.Details.Contains(text), TestContext.Current.CancellationToken));
}
