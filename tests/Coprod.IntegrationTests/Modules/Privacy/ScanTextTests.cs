using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Privacy;

public sealed class ScanTextTests(AppFactory app)
{
    private const string Route = "/api/v1/privacy/scan";

    private async Task<HttpClient> SignedInAsync() => app.ClientFor((await app.CreateUserAsync()).Id);

    private async Task<JsonElement[]> FindingsAsync(string text, string route = Route)
    {
        var body = await OkAsync<JsonElement>(await (await SignedInAsync()).PostAsJsonAsync(route, new { text }, Ct));
        return body.GetProperty("findings").EnumerateArray().ToArray();
    }

    private static (string Kind, int Start, int Length, string Text) Short(JsonElement f) =>
        (f.GetProperty("kind").GetString()!, f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32(), f.GetProperty("text").GetString()!);

    [Theory]
    [InlineData("Appeler le 06 12 34 56 78 demain.", "phone", 11, 14, "06 12 34 56 78", "numéro de téléphone")]
    [InlineData("Écrire à k.durand@exemple.fr pour le suivi.", "email", 9, 19, "k.durand@exemple.fr", "adresse e-mail")]
    [InlineData("Scooter AB-123-CD aperçu près du parc.", "plate", 8, 9, "AB-123-CD", "plaque d'immatriculation")]
    public async Task Scan_AsSignedInUser_ReturnsTheFindingWithExactOffsets(string text, string kind, int start, int length, string found, string label)
    {
        var finding = Assert.Single(await FindingsAsync(text));
        Assert.Equal((kind, start, length, found), Short(finding));
        Assert.Equal(found, text.Substring(start, length));
        Assert.Equal(label, finding.GetProperty("label").GetString());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("advice").GetString()));
    }

    /// <summary>Needs the person detector (merged from the detector branch).</summary>
    [Fact]
    public async Task Scan_DemoSentence_FindsThePersonAndThePhoneOnly()
    {
        const string text = "Le jeune Kevin Durand, 06 12 34 56 78, a été vu rue Victor Hugo près du collège Jean Moulin";
        var findings = (await FindingsAsync(text)).Select(Short).ToArray();
        Assert.Equal(["person", "phone"], findings.Select(f => f.Kind));
        var person = findings[0];
        Assert.EndsWith("Kevin Durand", person.Text);
        Assert.Equal(21, person.Start + person.Length);
        Assert.Equal(("phone", 23, 14, "06 12 34 56 78"), findings[1]);
    }

    [Fact]
    public async Task Scan_CleanText_ReturnsNoFinding() =>
        Assert.Empty(await FindingsAsync("Regroupement d'une dizaine de jeunes devant le gymnase vers 22 h, dégradations du mobilier."));

    [Fact]
    public async Task Scan_InEnglish_LabelsInEnglish()
    {
        var finding = Assert.Single(await FindingsAsync("Call 06 12 34 56 78.", Route + "?culture=en-GB"));
        Assert.Equal("phone number", finding.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Scan_AsFieldAgentOrAccountWithoutMembership_IsAllowed()
    {
        var (_, _, agent) = await app.MemberAsync(PartnershipRole.Agent);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync(Route, new { text = "rien" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await SignedInAsync()).PostAsJsonAsync(Route, new { text = "rien" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Scan_Anonymous_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync(Route, new { text = "06 12 34 56 78" }, Ct)).StatusCode);

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":null}")]
    [InlineData("null")]
    public async Task Scan_WithoutText_ReturnsValidationProblem(string json) =>
        await ProblemAsync(await (await SignedInAsync()).PostAsync(Route, RawJson(json), Ct), HttpStatusCode.BadRequest, "text");

    [Fact]
    public async Task Scan_TextOverTheLimit_ReturnsValidationProblem()
    {
        var client = await SignedInAsync();
        var atLimit = await client.PostAsJsonAsync(Route, new { text = new string('a', PersonalDataScanner.MaxTextLength) }, Ct);
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        var over = await client.PostAsJsonAsync(Route, new { text = new string('a', PersonalDataScanner.MaxTextLength + 1) }, Ct);
        var problem = await ProblemAsync(over, HttpStatusCode.BadRequest, "text");
        Assert.Contains("65536", problem.GetProperty("errors").GetProperty("text")[0].GetString()!.Replace("\u202f", "").Replace(" ", ""));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheScanWithItsOwnSchemas()
    {
        var doc = await OkAsync<JsonElement>(await app.Anonymous().GetAsync("/openapi/v1.json", Ct));
        var operation = doc.GetProperty("paths").GetProperty(Route).GetProperty("post");
        Assert.Equal("Privacy_ScanText", operation.GetProperty("operationId").GetString());
        var reference = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        Assert.True(schema.GetProperty("properties").TryGetProperty("findings", out _), schema.ToString());
    }

    [Theory]
    [InlineData("{ \"text\": ")]
    [InlineData("{ \"text\": 42 }")]
    public async Task Scan_WithMalformedJson_ReturnsProblem(string json) =>
        await ProblemAsync(await (await SignedInAsync()).PostAsync(Route, RawJson(json), Ct), HttpStatusCode.BadRequest);
}
