using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>Compiler errors as comparable text (ID and message, not position: a fix moves code).</summary>
    internal static class CompilerErrors
    {
        public static async Task<List<string>> OfAsync(Project project, CancellationToken cancellationToken = default)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            return Of(compilation!);
        }

        public static List<string> Of(Compilation compilation)
            => compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToList();

        /// <summary>Errors in <paramref name="after"/> beyond those already in <paramref name="before"/> (as a multiset).</summary>
        public static List<string> New(IEnumerable<string> before, IEnumerable<string> after)
        {
            var remaining = before.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
            var added = new List<string>();
            foreach (var error in after)
            {
                if (remaining.TryGetValue(error, out var count) && count > 0)
                {
                    remaining[error] = count - 1;
                }
                else
                {
                    added.Add(error);
                }
            }

            return added;
        }
    }
}
