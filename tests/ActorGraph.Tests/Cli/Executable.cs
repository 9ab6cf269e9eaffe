using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActorGraph.Tests.Cli;

/// <summary>The real `actorgraph` program, started as a separate process from the build output next to the tests.</summary>
public static class Executable
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "actorgraph.dll");

    public sealed record Run(int ExitCode, string Out, string Error);

    public static Task<Run> RunAsync(string workingDirectory, params string[] args) => RunAsync(StartInfo(workingDirectory, args));

    /// <summary>Any program to its end (killed after <paramref name="timeout"/>, two minutes unless given).</summary>
    public static async Task<Run> RunAsync(ProcessStartInfo info, TimeSpan? timeout = null)
    {
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} ran longer than {timeout ?? TimeSpan.FromMinutes(2)}.");
        }
        return new Run(process.ExitCode, await output, await error);
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("ACTORGRAPH_DB");
        info.Environment.Remove("ACTORGRAPH_SNAPSHOT_CACHE");
        return info;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
