using Coprod.Web.Modules.Confidential;
using Coprod.Web.Modules.Contract;
using Coprod.Web.Modules.Directory;
using Coprod.Web.Modules.Evaluation;
using Coprod.Web.Modules.Events;
using Coprod.Web.Modules.Governance;
using Coprod.Web.Modules.Partnerships;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory;
using Coprod.Web.Modules.Watch;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Demo;
using Coprod.Web.Platform.Idempotency;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Mail;
using Coprod.Web.Platform.Problems;
using Coprod.Web.Platform.Realtime;

var builder = WebApplication.CreateBuilder(args);
var provider = DatabaseProvider.From(builder.Configuration);

builder.AddCoprodHosting();
builder.Services.AddCoprodData(builder.Configuration, builder.Environment);
builder.Services.AddAudit(provider);
builder.Services.AddCoprodAuth(builder.Configuration);
builder.Services.AddCoprodLocalization();
builder.Services.AddCoprodProblems();
builder.Services.AddCoprodMail(builder.Configuration, builder.Environment);
builder.Services.AddIdempotency();
builder.Services.AddCoprodUi();
builder.Services.AddCoprodRealtime(builder.Configuration);
builder.Services.AddPartnerships();
builder.Services.AddTerritory(builder.Configuration);
builder.Services.AddDirectory();
builder.Services.AddPrivacy();
builder.Services.AddGovernance();
builder.Services.AddEvents();
builder.Services.AddWatch();
builder.Services.AddContract();
builder.Services.AddEvaluation();
builder.Services.AddConfidential(builder.Configuration);
builder.AddDemo(args);

var app = builder.Build();

if (args.Contains("audit") && args.Contains("verify"))
{
    await app.Services.MigrateCoprodDatabaseAsync();
    return await AuditModule.RunVerifyCommandAsync(app.Services);
}

if (args.Contains("confidential") && args.Contains("reseal"))
{
    await app.Services.MigrateCoprodDatabaseAsync();
    return await Coprod.Web.Modules.Confidential.Protection.ResealContent.RunCommandAsync(app.Services);
}

await app.Services.MigrateCoprodDatabaseAsync();
await app.SeedDemoIfAskedAsync(args);

app.UseCoprodPipeline();
var api = app.MapCoprodApi();
api.MapAuthEndpoints();
api.MapPartnershipsEndpoints();
api.MapTerritoryEndpoints();
api.MapDirectoryEndpoints();
api.MapPrivacyEndpoints();
api.MapGovernanceEndpoints();
api.MapEventsEndpoints();
api.MapWatchEndpoints();
api.MapContractEndpoints();
api.MapEvaluationEndpoints();
api.MapConfidentialEndpoints();
api.MapAuditEndpoints();
app.MapEventsHub();
app.MapCoprodUi();

await app.RunAsync();
return 0;

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;
