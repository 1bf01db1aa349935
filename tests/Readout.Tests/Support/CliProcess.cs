using System.Diagnostics;

namespace Readout.Tests.Support;

/// <summary>Runs the real `readout` executable (built next to the tests) as a child process.</summary>
public static class CliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Readout.Cli.dll");

    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(6)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("readout did not finish within 6 minutes: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);
}
