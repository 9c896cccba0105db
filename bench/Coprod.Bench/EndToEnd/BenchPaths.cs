using System.Reflection;

namespace Coprod.Bench.EndToEnd;

/// <summary>Where the end-to-end runs find the repository, the built web app and a scratch folder.</summary>
internal static class BenchPaths
{
    /// <summary>The repository root: the first folder above the bench's binaries holding <c>Coprod.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this bench (<c>Release</c> under <c>dotnet run -c Release</c>); the web app is built with it.</summary>
    public static string Configuration { get; } =
        typeof(BenchPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The web app's own build output (built by the project reference), run as it is deployed.</summary>
    public static string WebFolder => Path.Combine(Root, "src", "Coprod.Web", "bin", Configuration, "net10.0");

    /// <summary>A new folder for one run's logs and files, under the system's temporary folder.</summary>
    public static string NewScratchFolder(string command)
    {
        var folder = Path.Combine(Path.GetTempPath(), "coprod-bench", $"{command}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Coprod.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Coprod.slnx not found above {AppContext.BaseDirectory}: run the bench from the repository.");
    }
}
