using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Benchmarks.Corpus;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// Runs one fresh compilation of a corpus, alone or with analyzers. "Compile" is parsing, binding every method
    /// body and producing every compiler diagnostic (<c>GetDiagnostics</c>); emit is not included. Analyzers run
    /// without concurrent execution, so the driver's telemetry is per-analyzer time on one thread and the process-wide
    /// allocation delta is the compilation's own.
    /// </summary>
    internal static class CompilationRunner
    {
        public static RunResult CompileAlone(SourceCorpus corpus)
        {
            Settle();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var diagnostics = corpus.Parse().GetDiagnostics();
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            return new RunResult(clock.Elapsed, allocated, new Dictionary<string, TimeSpan>(), Errors(diagnostics), 0, Array.Empty<string>());
        }

        /// <summary>
        /// The analyzers' results on a fresh compilation after the compiler's own diagnostics, as in a build (csc
        /// completes declarations before analyzers see them) and in the IDE: what the telemetry charges an analyzer is
        /// then its own work, not symbol completion or metadata loading the compiler does anyway.
        /// </summary>
        public static RunResult CompileWithAnalyzers(SourceCorpus corpus, IReadOnlyList<NamedAnalyzer> analyzers)
        {
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            var list = analyzers.Select(a => a.Analyzer).ToImmutableArray();

            Settle();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var compilation = corpus.Parse();
            compilation.GetDiagnostics();
            var withAnalyzers = compilation.WithAnalyzers(list, options);
            var result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

            // The run holds the compile it measures against, then the driver's binding for its analyzers' actions.
            var times = new Dictionary<string, TimeSpan>();
            for (var i = 0; i < analyzers.Count; i++)
            {
                times[Key(analyzers[i], i)] = result.AnalyzerTelemetryInfo.TryGetValue(list[i], out var telemetry) ? telemetry.ExecutionTime : TimeSpan.Zero;
            }

            var analyzerDiagnostics = result.GetAllDiagnostics().Count(d => d.Id != "AD0001");
            return new RunResult(clock.Elapsed, allocated, times, 0, analyzerDiagnostics, exceptions.Distinct().ToList());
        }

        /// <summary>The first compiler errors of a corpus, to say why it does not compile.</summary>
        public static string FirstErrors(SourceCorpus corpus, int count)
            => string.Join(Environment.NewLine, corpus.Parse().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(count));

        public static string Key(NamedAnalyzer analyzer, int position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + analyzer.Name;

        private static int Errors(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));

        /// <summary>Each run starts from a collected heap, so one run's garbage is not collected on the next run's clock.</summary>
        private static void Settle()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
    }
}
