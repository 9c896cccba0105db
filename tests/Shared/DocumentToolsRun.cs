using System.Diagnostics;

namespace Coprod.Tests.Shared;

/// <summary>
/// Shared by the unit and integration tests (linked into both projects). Runs LibreOffice (headless, a profile of its own) and poppler's pdftotext, which CI installs, to read generated
/// documents back as text.
/// </summary>
internal static class DocumentToolsRun
{
    public static async Task<string> DocxToTextAsync(byte[] docx)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("coprod-docx-").FullName;
        try
        {
            var file = Path.Combine(folder, "bilan.docx");
            await File.WriteAllBytesAsync(file, docx, TestContext.Current.CancellationToken);
            await RunAsync("soffice", $"-env:UserInstallation=file://{folder}/profile --headless --convert-to txt:Text --outdir {folder} {file}");
            return await File.ReadAllTextAsync(Path.Combine(folder, "bilan.txt"), TestContext.Current.CancellationToken);
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
    }

    public static async Task<(string Text, int Pages)> PdfToTextAsync(byte[] pdf)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("coprod-pdf-").FullName;
        try
        {
            var file = Path.Combine(folder, "bilan.pdf");
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            await RunAsync("pdftotext", $"-layout {file} {folder}/bilan.txt");
            var text = await File.ReadAllTextAsync(Path.Combine(folder, "bilan.txt"), TestContext.Current.CancellationToken);
            return (text, text.Count(c => c == '\f'));
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
    }

    private static async Task RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
    }
}
