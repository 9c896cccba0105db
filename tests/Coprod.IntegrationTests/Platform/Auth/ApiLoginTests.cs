using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class ApiLoginTests(AppFactory app)
{
    private const string WrongPassword = "Wrong-Password-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_RightPassword_ReturnsBearerTokensThatOpenTheApi()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();

        var response = await client.LoginAsync(user.Email, TestData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.JsonAsync();
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refreshToken").GetString()));
        Assert.True(tokens.GetProperty("expiresIn").GetInt64() > 0);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/partnerships");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, Ct)).StatusCode);
    }

    [Fact]
    public async Task Partnerships_WithoutToken_Returns401()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/partnerships", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);

        var response = await app.Anonymous().LoginAsync(user.Email, WrongPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal(AccountPages.UiText("SignIn_Failed"), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_UnknownEmail_AnswersLikeAWrongPassword()
    {
        var known = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();

        var unknown = await client.LoginAsync($"nobody-{Guid.NewGuid():N}@test.coprod.fr", WrongPassword);
        var wrong = await client.LoginAsync(known.Email, WrongPassword);

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(await wrong.DetailAsync(), await unknown.DetailAsync());
    }

    [Fact]
    public async Task Login_MalformedJson_Returns400Problem()
    {
        using var body = new StringContent("{\"email\": \"a@b.fr\", \"password\": ", Encoding.UTF8, "application/json");

        var response = await app.Anonymous().PostAsync("/api/v1/auth/login", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Login_MissingFields_Returns400ValidationProblemListingThem()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["email", "password"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(AccountPages.UiText("Validation_Required"), errors.GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task Login_WrongPasswordFiveTimes_LocksAccount()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(user.Email, $"{WrongPassword}-{i}")).StatusCode);
        }

        var response = await client.LoginAsync(user.Email, TestData.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AccountPages.UiText("SignIn_LockedOut"), await response.DetailAsync());
        Assert.True((await app.ReloadAsync(user)).LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }
}
