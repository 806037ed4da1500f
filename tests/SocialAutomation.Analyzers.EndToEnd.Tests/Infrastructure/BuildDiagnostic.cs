using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure
{
    /// <summary>
    /// One compiler diagnostic as MSBuild prints it: <c>path/File.cs(12,5): warning SMA001: message [project]</c>, or
    /// <c>CSC : warning SMA904: message [project]</c> for one without a place (file "CSC", line 0).
    /// </summary>
    public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
    {
        private static readonly Regex Pattern = new Regex(
            @"^[ \t]*(?:(?<file>[^\s(][^(\n]*)\((?<line>\d+),(?<column>\d+)\)|(?<file>CSC) ): (?<severity>warning|error) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);

        public string FileName => Path.GetFileName(File);

        public bool IsSocialAutomation => Id.StartsWith("SMA", StringComparison.Ordinal);

        /// <summary>The distinct diagnostics in a build's output (MSBuild may repeat them in its summary).</summary>
        public static ImmutableArray<BuildDiagnostic> Parse(string output)
            => Pattern.Matches(output.Replace("\r\n", "\n"))
                .Select(m => new BuildDiagnostic(
                    m.Groups["file"].Value.Trim(),
                    m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                    m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value) : 0,
                    m.Groups["severity"].Value,
                    m.Groups["id"].Value,
                    m.Groups["message"].Value))
                .Distinct()
                .ToImmutableArray();

        public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Id}: {Message}";

        public static string Describe(IEnumerable<BuildDiagnostic> diagnostics)
            => string.Join("\n", diagnostics.Select(d => d.ToString()));
    }
}
