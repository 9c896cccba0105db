using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Coprod.BrowserTests.Infrastructure;

/// <summary>
/// The server's warnings and errors, kept in memory so that a failed test can print what the
/// server said while it ran (a circuit error only shows as a yellow bar in the browser).
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>How many entries there are so far: a test notes it at its start.</summary>
    public int Count => _entries.Count;

    public IEnumerable<string> Since(int start) => _entries.Skip(start);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
