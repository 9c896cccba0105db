using System.Net;
using Coprod.Web.Modules.Partnerships.Domain;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>
/// Memberships start and end on French calendar days: at 00:30 in Paris on 15 March (23:30 UTC on the
/// 14th), a membership starting on the 15th is open, and one ending on the 15th (its end day is its first day
/// out) is closed.
/// </summary>
public sealed class ParisDayTests
{
    [Fact]
    public async Task JustAfterMidnightInParis_TheParisDayDecidesWhoIsAMember()
    {
        await using var app = new AppFactory { Clock = new FixedClock(new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.Zero)) };
        await app.InitializeAsync();
        var partnership = await app.CreatePartnershipAsync();
        var newcomer = await app.CreateUserAsync();
        await app.GrantAsync(newcomer, partnership, PartnershipRole.Partenaire, startsOn: new DateOnly(2026, 3, 15));
        var leaver = await app.CreateUserAsync();
        await app.GrantAsync(leaver, partnership, PartnershipRole.Partenaire, startsOn: new DateOnly(2026, 1, 1), endsOn: new DateOnly(2026, 3, 15));

        var members = $"/api/v1/partnerships/{partnership.Id}/memberships";
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(newcomer.Id).GetAsync(members, ApiAssert.Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(leaver.Id).GetAsync(members, ApiAssert.Ct)).StatusCode);
    }
}
