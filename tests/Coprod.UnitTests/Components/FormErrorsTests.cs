using Coprod.Web.Components.Shared;
using Microsoft.AspNetCore.Http;

namespace Coprod.UnitTests.Components;

public sealed class FormErrorsTests
{
    [Fact]
    public void Read_ValidationProblem_KeepsFieldMessages()
    {
        var errors = new FormErrors();
        var ok = errors.Read(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Requis."], ["communes[1]"] = ["Inconnue."] }));
        Assert.False(ok);
        Assert.Equal("Requis.", errors.For("name"));
        Assert.Equal("Inconnue.", errors.Starting("communes"));
        Assert.Null(errors.For("type"));
    }

    [Fact]
    public void Read_Problem_IsAFormLevelMessage()
    {
        var errors = new FormErrors();
        Assert.False(errors.Read(TypedResults.Problem("Modifié entre-temps.", statusCode: 409)));
        Assert.Equal("Modifié entre-temps.", errors.Form);
    }

    [Fact]
    public void Read_Success_ClearsEverything()
    {
        var errors = new FormErrors();
        errors.Read(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Requis."] }));
        Assert.True(errors.Read(TypedResults.NoContent()));
        Assert.False(errors.Any);
    }

    [Fact]
    public void Read_ProblemWithFieldErrors_KeepsTitleForTheFormAndMessagesByField()
    {
        var errors = new FormErrors();
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["name"] = ["Numéro à retirer."] })
        {
            Status = 422,
            Title = "Ce texte contient des données personnelles",
        };
        Assert.False(errors.Read(TypedResults.Problem(problem)));
        Assert.Equal("Ce texte contient des données personnelles", errors.Form);
        Assert.Equal("Numéro à retirer.", errors.For("name"));
    }
}
