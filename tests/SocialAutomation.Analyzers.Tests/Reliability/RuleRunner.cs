using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>What running the analyzers on a project gave: their diagnostics and every exception they threw.</summary>
    internal sealed record AnalysisResult(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Failures);

    /// <summary>Runs analyzers the way the compiler does (concurrently), recording exceptions instead of hiding them in AD0001.</summary>
    internal static class RuleRunner
    {
        public const string AnalyzerExceptionId = "AD0001";

        public static Task<AnalysisResult> AnalyzeAsync(Document document, CancellationToken cancellationToken = default)
            => AnalyzeAsync(document.Project, ShippedRules.Analyzers, cancellationToken);

        public static async Task<AnalysisResult> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var failures = exceptions
                .Concat(diagnostics.Where(d => d.Id == AnalyzerExceptionId).Select(d => d.ToString()))
                .ToImmutableArray();
            return new AnalysisResult(compilation, diagnostics.Where(d => d.Id != AnalyzerExceptionId).ToImmutableArray(), failures);
        }

        /// <summary>A stable text per diagnostic, for comparing runs.</summary>
        public static ImmutableArray<string> Describe(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics
                .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToImmutableArray();
    }
}
