using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.Web.Modules.Privacy;

/// <summary>
/// Loads the name lexicon and compiles the detectors' patterns in the background at start-up
/// (about 0.2 s), so the first person typing in an anonymous field does not wait for it.
/// </summary>
public sealed class ScannerWarmUp(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var scanner = services.GetRequiredService<PersonalDataScanner>();
        scanner.Scan("Le jeune Kevin D., 06 12 34 56 78, né le 01/02/2008, habite 12 rue des Lilas, bât. C, appt 3.");
    }, stoppingToken);
}
