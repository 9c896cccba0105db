using System.Reflection;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>Folders of the test project's source tree (node_modules, screenshots).</summary>
public static class ProjectPaths
{
    public static string ProjectDirectory { get; } =
        typeof(ProjectPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;

    public static string Screenshots => Path.Combine(ProjectDirectory, "screenshots");

    public static string AxeScript => Path.Combine(ProjectDirectory, "node_modules", "axe-core", "axe.min.js");
}
