using System;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>Runs one `dotnet` command to its end, or fails with its output.</summary>
    internal static class DotnetCli
    {
        public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // No build servers or MSBuild nodes outliving the test; English messages.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
            return start;
        }

        public static async Task RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
        {
            var command = "dotnet " + string.Join(" ", arguments);
            using var process = Process.Start(StartInfo(workingDirectory, arguments))
                ?? throw new InvalidOperationException($"Could not start '{command}'.");
            process.StandardInput.Close();
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await process.WaitForExitAsync().WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{command}' in {workingDirectory} did not finish within {timeout.TotalSeconds:0} s:\n{Read(output)}");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{command}' in {workingDirectory} exited with {process.ExitCode}:\n{Read(output)}");
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        private static string Read(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
