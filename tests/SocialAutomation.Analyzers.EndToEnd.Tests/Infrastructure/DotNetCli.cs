using System;
using System.Collections;
using System.Diagnostics;
using System.Text;

namespace SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure
{
    /// <summary>Runs the dotnet CLI as a user would, in a clean environment, and captures everything it prints.</summary>
    public static class DotNetCli
    {
        /// <summary>A bound on one command so a hung restore fails the test instead of the whole run.</summary>
        private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(3);

        public static CommandResult Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            RemoveInheritedBuildState(start);
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(CommandLimit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {CommandLimit}:\n{output}");
            }

            process.WaitForExit();
            lock (output)
            {
                return new CommandResult("dotnet " + string.Join(" ", arguments), process.ExitCode, output.ToString());
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }

        /// <summary>
        /// dotnet test passes MSBuild's own variables to the test host; a nested build must not inherit them, or it
        /// would resolve SDKs and targets from the outer build instead of as a user's build does.
        /// </summary>
        private static void RemoveInheritedBuildState(ProcessStartInfo start)
        {
            foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }
        }
    }

    public sealed class CommandResult
    {
        public CommandResult(string command, int exitCode, string output)
        {
            Command = command;
            ExitCode = exitCode;
            Output = output;
        }

        public string Command { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public bool Succeeded => ExitCode == 0;

        /// <summary>What to print when an assertion about this command fails.</summary>
        public string Describe() => $"`{Command}` exited with {ExitCode}:\n{Output}";
    }
}
