using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActorGraph.Tests.Cli;

/// <summary>The real `actorgraph` program, started as a separate process from the build output next to the tests.</summary>
public static class Executable
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "actorgraph.dll");

    public sealed record Run(int ExitCode, string Out, string Error);

    public static async Task<Run> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
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
        return info;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
