using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Coprod.Bench.EndToEnd;

/// <summary>
/// A process the bench starts (a web instance, a Redis server), its output appended to a log file,
/// and stopped by its own process id when the run ends — never by name. The shell only redirects
/// the output and then <c>exec</c>s the program, so the id is the program's. A bench stopped early
/// (Ctrl+C, SIGTERM) stops the processes it started before it exits.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly ConcurrentDictionary<int, ChildProcess> Running = new();

    private readonly Process _process;
    private int _disposed;

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
        Console.CancelKeyPress += (_, _) => StopAll();
    }

    private ChildProcess(Process process, string name, string logFile)
    {
        _process = process;
        Id = process.Id;
        Name = name;
        LogFile = logFile;
    }

    public string Name { get; }

    public string LogFile { get; }

    public int Id { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time (user and system) used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
        }
    }

    public static ChildProcess Start(string name, string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string logFolder)
    {
        var logFile = Path.Combine(logFolder, name + ".log");
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$COPROD_BENCH_LOG\" 2>&1");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["COPROD_BENCH_LOG"] = logFile;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var child = new ChildProcess(process, name, logFile);
        Running[process.Id] = child;
        return child;
    }

    /// <summary>A TCP port on the loopback that nothing listens on right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines of the log, to explain a failed start.</summary>
    public string LogTail(int lines = 30) =>
        File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(lines)) : "(no log)";

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        Running.TryRemove(Id, out _);
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private static void StopAll()
    {
        foreach (var child in Running.Values)
        {
            child.Dispose();
        }
    }
}
