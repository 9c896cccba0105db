using System.Diagnostics;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>Reads generated documents back as text, as the unit tests of Platform/Documents do: LibreOffice (headless, a profile of its own) and pdftotext.</summary>
internal static class DocumentText
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
