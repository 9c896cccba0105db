using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Coprod.IntegrationTests.Platform.Realtime;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Confidential.AdversarialCast;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// The adversarial suite: for every confidential route and page, everyone who is not an
/// entitled member of the group tries the real ids and guessed ones, valid and invalid bodies, filters
/// and exports; every answer must be the same as for something that does not exist, nothing may
/// change, and the followed person's name must appear nowhere they can read — responses, pages,
/// the partnership's audit, mails, the live feed.
/// </summary>
public sealed class AdversarialTests(AppFactory app)
{
    private sealed record Probe(string Method, string Path, string? Body = null)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private static IEnumerable<Probe> CaseProbes(string root, Guid groupId, Guid caseId)
    {
        var group = $"{root}/groups/{groupId}";
        var found = $"{root}/cases/{caseId}";
        const string entry = """{"kind":"Information","category":"Schooling","text":"Absences répétées au collège"}""";
        const string opening = """{"persons":[{"role":"Followed","lastName":"Durand","firstName":"Noé","birthDate":"2012-05-01"}],"situation":"MiddleSchool","openedOn":"2026-10-01","origin":"EtablissementScolaire"}""";
        return
        [
            new("GET", $"{group}/cases"),
            new("GET", $"{group}/cases?status=archived"),
            new("GET", $"{group}/cases?status=active&sort=reference&q={FollowedLastName}"),
            new("POST", $"{group}/cases", opening),
            new("POST", $"{group}/cases", "{}"),
            new("GET", found),
            new("POST", $"{found}/archive-reads", """{"reason":"Demande du juge des enfants"}"""),
            new("PUT", found, opening),
            new("POST", $"{found}/close", """{"closedOn":"2026-11-01"}"""),
            new("POST", $"{found}/entries", entry),
            new("POST", $"{found}/entries", """{"kind":"Note","category":"Health","text":""}"""),
            new("GET", $"{found}/access-log"),
            new("GET", $"{found}/access-log/verify"),
            new("GET", $"{found}/export?format=pdf"),
            new("GET", $"{found}/export?format=docx"),
            new("POST", $"{found}/disclosures", """{"text":"Situation préoccupante","justification":"Strictement nécessaire pour reloger la famille en urgence"}"""),
        ];
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, Probe probe)
    {
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
        if (probe.Body is not null)
        {
            request.Content = RawJson(probe.Body);
        }
        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A problem's status, title and detail: what a caller learns (the trace id differs on every request).</summary>
    private static string Gist(string body)
    {
        try
        {
            var json = JsonSerializer.Deserialize<JsonElement>(body);
            return string.Join(" | ", new[] { "status", "title", "detail" }
                .Select(p => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(p, out var v) ? v.ToString() : ""));
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static void AssertSilent(string body, AdversarialCast cast, string context)
    {
        Assert.False(body.Contains(FollowedLastName, StringComparison.OrdinalIgnoreCase), $"{context}: the name leaked");
        Assert.False(body.Contains(FollowedFirstName, StringComparison.OrdinalIgnoreCase), $"{context}: the first name leaked");
        Assert.False(body.Contains(cast.Case.Reference, StringComparison.OrdinalIgnoreCase), $"{context}: the reference leaked");
    }

    [Fact]
    public async Task EveryCaseRoute_ForEveryoneNotEntitled_AnswersAsForAMissingCase_AndChangesNothing()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var root = $"/api/v1/partnerships/{cast.PartnershipId}/confidential";
        var before = await SnapshotAsync(cast);

        var baseline = await cast.Member.GetAsync($"{root}/cases/{cast.Case.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, baseline.StatusCode);
        Assert.Contains(FollowedFirstName, await baseline.Content.ReadAsStringAsync(Ct));

        var real = CaseProbes(root, cast.World.Group.Id, cast.Case.Id).ToList();
        var guessed = CaseProbes(root, Guid.NewGuid(), Guid.NewGuid()).ToList();
        foreach (var (who, client, _) in cast.Outsiders)
        {
            for (var i = 0; i < real.Count; i++)
            {
                var (status, body) = await SendAsync(client, real[i]);
                var (guessStatus, guessBody) = await SendAsync(client, guessed[i]);
                // 403 for those outside the partnership (admin, département, another partnership): the same for any id.
                Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{who}, {real[i]}: expected 404 or 403, got {(int)status} {body}");
                Assert.True(Gist(body) == Gist(guessBody), $"{who}, {real[i]}: the answer differs from a guessed id's: «{Gist(body)}» vs «{Gist(guessBody)}»");
                Assert.Equal(guessStatus, status);
                AssertSilent(body, cast, $"{who}, {real[i]}");
            }
        }
        var anonymous = app.Anonymous();
        foreach (var probe in real)
        {
            var (status, body) = await SendAsync(anonymous, probe);
            Assert.True(status == HttpStatusCode.Unauthorized, $"anonymous, {probe}: expected 401, got {(int)status}");
            AssertSilent(body, cast, $"anonymous, {probe}");
        }

        Assert.Equal(before, await SnapshotAsync(cast));
    }

    [Fact]
    public async Task CharterRoutes_ForPeopleNeverDesignated_AnswerAsForAMissingGroup()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var root = $"/api/v1/partnerships/{cast.PartnershipId}/confidential";
        var signaturesBefore = await app.WithDbAsync(db => db.Set<CharterSignature>().CountAsync(s => s.GroupId == cast.World.Group.Id, Ct));

        foreach (var (who, client, _) in cast.Outsiders.Where(o => !cast.DesignatedButNotEntitled.Contains(o.Who)))
        {
            foreach (var (path, body) in new[] { ("charter", (string?)null), ("charter/signatures", """{"version":2}""") })
            {
                var real = await SendAsync(client, new Probe(body is null ? "GET" : "POST", $"{root}/groups/{cast.World.Group.Id}/{path}", body));
                var guessed = await SendAsync(client, new Probe(body is null ? "GET" : "POST", $"{root}/groups/{Guid.NewGuid()}/{path}", body));
                Assert.True(real.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{who}, {path}: expected 404 or 403, got {(int)real.Status} {real.Body}");
                Assert.Equal(guessed.Status, real.Status);
                Assert.Equal(Gist(guessed.Body), Gist(real.Body));
            }
        }

        Assert.Equal(signaturesBefore, await app.WithDbAsync(db => db.Set<CharterSignature>().CountAsync(s => s.GroupId == cast.World.Group.Id, Ct)));
    }

    [Fact]
    public async Task GroupList_ShowsOnlyOnesOwnGroups_AndNeverACase()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var root = $"/api/v1/partnerships/{cast.PartnershipId}/confidential";

        var mine = await cast.Member.GetStringAsync($"{root}/groups", Ct);
        Assert.Contains(cast.World.Group.Id.ToString(), mine);
        Assert.DoesNotContain(cast.OtherGroup.Id.ToString(), mine);
        foreach (var (who, client, _) in cast.Outsiders)
        {
            var response = await client.GetAsync($"{root}/groups", Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{who}: {(int)response.StatusCode}");
            if (!cast.DesignatedButNotEntitled.Contains(who))
            {
                Assert.False(body.Contains(cast.World.Group.Id.ToString(), StringComparison.OrdinalIgnoreCase), $"{who} sees the group in their list");
            }
            AssertSilent(body, cast, $"{who}, group list");
            foreach (var query in new[] { "?channel=WorkingGroup", "?sort=name", "?q=" + FollowedLastName })
            {
                AssertSilent(await (await client.GetAsync($"{root}/groups{query}", Ct)).Content.ReadAsStringAsync(Ct), cast, $"{who}, group list {query}");
            }
        }
    }

    [Fact]
    public async Task ManagersViews_MayorsCoordinations_AndThePartnershipAudit_NeverShowTheCase()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var api = $"/api/v1/partnerships/{cast.PartnershipId}";
        // The member reads the case, its log and exports it: all audited, none of it on the partnership's audit page.
        Assert.Equal(HttpStatusCode.OK, (await cast.Member.GetAsync($"{api}/confidential/cases/{cast.Case.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cast.Member.GetAsync($"{api}/confidential/cases/{cast.Case.Id}/access-log", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cast.Member.GetAsync($"{api}/confidential/cases/{cast.Case.Id}/export?format=pdf", Ct)).StatusCode);
        var audited = await app.WithDbAsync(db => db.Set<AuditRecord>().CountAsync(r => r.TargetId == cast.Case.Id.ToString(), Ct));
        Assert.True(audited >= 3, $"every read, log read and export is audited (found {audited})");

        var coordinator = app.ClientFor(cast.World.Coordinator.Id);
        foreach (var path in new[] { "/audit?limit=200", "/confidential/administration/groups", "/confidential/coordinations", "/confidential/disclosures",
                     "/confidential/register?format=html", "/confidential/impact-assessment?format=html" })
        {
            var response = await coordinator.GetAsync(api + path, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            AssertSilent(body, cast, $"coordinator, {path}");
            Assert.False(body.Contains(cast.Case.Id.ToString(), StringComparison.OrdinalIgnoreCase), $"coordinator, {path}: the case id appears");
        }
        foreach (var (who, client, _) in cast.Outsiders)
        {
            foreach (var path in new[] { "/confidential/coordinations", "/confidential/disclosures", "/audit?limit=200" })
            {
                AssertSilent(await (await client.GetAsync(api + path, Ct)).Content.ReadAsStringAsync(Ct), cast, $"{who}, {path}");
            }
        }
    }

    [Fact]
    public async Task Pages_ForEveryoneNotEntitled_ShowNothingOfTheCase()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var root = $"/p/{cast.PartnershipId}/confidentiel";
        string[] pages =
        [
            root, $"{root}/groupes/{cast.World.Group.Id}/situations", $"{root}/situations/{cast.Case.Id}",
            $"{root}/situations/{cast.Case.Id}/acces", $"{root}/situations/{cast.Case.Id}/impression", $"{root}/coordinations", $"{root}/registre",
        ];
        var member = WebUtility.HtmlDecode(await cast.Member.GetStringAsync(pages[2], Ct));
        Assert.Contains(FollowedFirstName, member);

        foreach (var (who, client, _) in cast.Outsiders)
        {
            foreach (var page in pages)
            {
                var response = await client.GetAsync(page, Ct);
                AssertSilent(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), cast, $"{who}, page {page}");
            }
        }
    }

    [Fact]
    public async Task NewInformation_NotifiesMembersWithoutContent_AndNobodyElse()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var (colleague, _, _) = await cast.World.MemberAsync();
        var response = await cast.Member.PostAsync($"/api/v1/partnerships/{cast.PartnershipId}/confidential/cases/{cast.Case.Id}/entries",
            RawJson("""{"kind":"Information","category":"Schooling","text":"Léandra est absente depuis trois semaines"}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var mails = app.MailsTo(colleague.Email!);
        Assert.NotEmpty(mails);
        foreach (var mail in mails)
        {
            var text = mail.TextBody + mail.HtmlBody + mail.Subject;
            AssertSilent(text, cast, "mail to a member");
            Assert.DoesNotContain("absente", text);
        }
        foreach (var (who, _, user) in cast.Outsiders)
        {
            Assert.True(app.MailsTo(user.Email!).Count == 0, $"{who} received a mail");
        }
    }

    [Fact]
    public async Task LiveFeed_CarriesNothingOfTheCases_ToOutsidersTheCoordinatorOrMembers()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var root = $"/api/v1/partnerships/{cast.PartnershipId}/confidential";
        var listeners = cast.Outsiders.Select(o => o.User.Id).Append(cast.World.Coordinator.Id).Append(cast.MemberUser.Id).Distinct().ToList();
        var methods = typeof(EventsHub).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(EventsHub.Path)).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Contains(EventsHub.EventRouted, methods);
        var received = new ConcurrentQueue<string>();
        var connections = new List<HubConnection>();
        try
        {
            foreach (var userId in listeners)
            {
                var connection = new HubConnectionBuilder().WithUrl(new Uri(app.Server.BaseAddress, EventsHub.Path), o =>
                {
                    o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                    o.Transports = HttpTransportType.LongPolling;
                    o.Headers[TestAuthHandler.Header] = userId.ToString();
                }).Build();
                foreach (var method in methods)
                {
                    connection.On<JsonElement>(method, m => received.Enqueue($"{method} {m}"));
                }
                await connection.StartAsync(Ct);
                connections.Add(connection);
            }
            await HubGrouping.WaitAsync(app.Services, [.. listeners]);

            var found = $"{root}/cases/{cast.Case.Id}";
            var current = await OkAsync<JsonElement>(await cast.Member.GetAsync(found, Ct));
            Assert.Equal(HttpStatusCode.Created, (await cast.Member.PostAsync($"{found}/entries",
                RawJson($$$"""{"kind":"Information","category":"Schooling","text":"{{{FollowedFirstName}}} absente depuis trois semaines"}"""), Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await cast.Member.PostAsync($"{root}/groups/{cast.World.Group.Id}/cases",
                RawJson("""{"persons":[{"role":"Followed","lastName":"Durand","firstName":"Noé","birthDate":"2012-05-01"}],"origin":"EtablissementScolaire"}"""), Ct)).StatusCode);
            await cast.Member.GetAsync($"{found}/export?format=pdf", Ct);
            var version = (await OkAsync<JsonElement>(await cast.Member.GetAsync(found, Ct))).GetProperty("version").GetGuid();
            Assert.Equal(HttpStatusCode.OK, (await cast.Member.PostAsync($"{found}/close", RawJson($$"""{"version":"{{version}}","closedOn":"{{current.GetProperty("openedOn").GetString()}}"}"""), Ct)).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(2), Ct);

            Assert.All(connections, c => Assert.Equal(HubConnectionState.Connected, c.State));
            Assert.Empty(received);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Logs_AfterReadsWritesRefusalsAndBadInput_HoldNoConfidentialContent()
    {
        var cast = await AdversarialCast.CreateAsync(app);
        var root = $"/api/v1/partnerships/{cast.PartnershipId}/confidential";
        await cast.Member.GetAsync($"{root}/cases/{cast.Case.Id}", Ct);
        await cast.Member.PostAsync($"{root}/cases/{cast.Case.Id}/entries",
            RawJson($$$"""{"kind":"Information","category":"Health","text":"{{{FollowedFirstName}}} {{{FollowedLastName}}} suivie en CMP"}"""), Ct);
        await cast.Member.PostAsync($"{root}/cases/{cast.Case.Id}/entries", RawJson($$"""{"kind":"Bogus","text":"{{FollowedLastName}}"""), Ct);
        await cast.Member.GetAsync($"{root}/cases/{cast.Case.Id}/export?format=pdf", Ct);
        foreach (var (_, client, _) in cast.Outsiders.Take(4))
        {
            await client.GetAsync($"{root}/cases/{cast.Case.Id}", Ct);
        }

        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(FollowedLastName, StringComparison.OrdinalIgnoreCase)
            || line.Contains(FollowedFirstName, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> SnapshotAsync(AdversarialCast cast) => await app.WithDbAsync(async db =>
    {
        var groups = new[] { cast.World.Group.Id, cast.OtherGroup.Id };
        var cases = await db.Set<ConfidentialCase>().AsNoTracking().Where(c => groups.Contains(c.GroupId))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Version, c.Status, c.SealedRecord }).ToListAsync(Ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var entries = await db.Set<CaseEntry>().CountAsync(e => caseIds.Contains(e.CaseId), Ct);
        var reasons = await db.Set<CaseAccessReason>().CountAsync(r => caseIds.Contains(r.CaseId), Ct);
        var disclosures = await db.Set<Disclosure>().CountAsync(d => caseIds.Contains(d.CaseId), Ct);
        return JsonSerializer.Serialize(new { cases, entries, reasons, disclosures });
    });
}
