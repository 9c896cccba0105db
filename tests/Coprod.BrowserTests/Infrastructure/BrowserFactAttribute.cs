using System.Runtime.CompilerServices;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>A test that needs Chromium: skipped, with the reason, when there is none.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
