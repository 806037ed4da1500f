using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// Every analyzer and every fix, on thousands of broken variants of the programs the rule tests use:
    /// none may throw. A throwing analyzer is an AD0001 warning in every build of every user.
    /// </summary>
    public class FuzzTests
    {
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task No_analyzer_or_fix_throws_on_mutated_test_programs()
        {
            var sources = TestSourceCorpus.All;
            Assert.NotEmpty(sources);
            var librarySets = LibrarySets.All;
            var mutators = sources.Select(s => new Lazy<SourceMutator>(() => new SourceMutator(s.Text))).ToArray();
            var baseDocuments = new ConcurrentDictionary<(int Source, int Set), Lazy<Task<Document>>>();
            var failures = new ConcurrentQueue<string>();
            var diagnosticsSeen = 0;
            var fixesApplied = 0;
            var measurement = new Measurement();

            var first = FuzzSettings.First;
            var variants = Enumerable.Range(first, FuzzSettings.Variants);
            await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (variant, cancellationToken) =>
            {
                var sourceIndex = variant % sources.Length;
                var setIndex = variant / sources.Length % librarySets.Length;
                var text = mutators[sourceIndex].Value.Mutate(variant, out var mutation);
                var baseDocument = await baseDocuments.GetOrAdd((sourceIndex, setIndex), key => new Lazy<Task<Document>>(() => CompiledAsync(sources[key.Source], librarySets[key.Set]))).Value;
                var document = ProjectFactory.WithText(baseDocument, text);
                var context = $"variant {variant} of {sources[sourceIndex]} (library set {setIndex}; {mutation})";

                var result = await RuleRunner.AnalyzeAsync(document, cancellationToken);
                var variantFailures = result.Failures.ToList();
                Interlocked.Add(ref diagnosticsSeen, result.Diagnostics.Length);
                foreach (var diagnostic in result.Diagnostics.Where(d => d.Location.IsInSource && !ShippedRules.FixesFor(d.Id).IsEmpty))
                {
                    var applied = await FixRunner.ApplyEachAsync(document, diagnostic, variantFailures, cancellationToken);
                    Interlocked.Add(ref fixesApplied, applied.Length);
                }

                foreach (var failure in variantFailures)
                {
                    failures.Enqueue($"{context}: {failure}{Environment.NewLine}--- source ---{Environment.NewLine}{text}");
                }
            });

            _output.WriteLine($"{FuzzSettings.Variants} variants of {sources.Length} programs, {librarySets.Length} library sets, " +
                $"{ShippedRules.Analyzers.Length} analyzers, {ShippedRules.Fixes.Length} fixes: {diagnosticsSeen} diagnostics, " +
                $"{fixesApplied} fixes applied, {failures.Count} failures in {measurement}");
            Assert.True(failures.IsEmpty, Summarise(failures));
        }

        [Fact]
        public async Task The_harness_catches_an_analyzer_that_throws()
        {
            // Guards the fuzz test: were exceptions swallowed somewhere, it would pass on anything.
            var document = ProjectFactory.Create(TestSourceCorpus.All[0].Text, LibrarySets.All[0]);

            var result = await RuleRunner.AnalyzeAsync(document.Project, ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ThrowsOnEveryTree()));

            Assert.Contains(result.Failures, f => f.Contains(nameof(ThrowsOnEveryTree), StringComparison.Ordinal) && f.Contains("fuzz me", StringComparison.Ordinal));
        }

        /// <summary>The unmutated program, compiled once: each variant's compilation is derived from it, which binds the references once.</summary>
        private static async Task<Document> CompiledAsync(TestSource source, ImmutableArray<MetadataReference> references)
        {
            var document = ProjectFactory.Create(source.Text, references);
            await document.Project.GetCompilationAsync();
            return document;
        }

        /// <summary>The distinct failures (by their first line), each with the first variant that showed it.</summary>
        private static string Summarise(IEnumerable<string> failures)
        {
            var distinct = failures
                .GroupBy(f => FirstLineOfException(f))
                .Select(g => $"{g.Count()} x {g.Key}{Environment.NewLine}{g.First()}")
                .Take(10);
            return string.Join(Environment.NewLine + Environment.NewLine, distinct);
        }

        [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(LanguageNames.CSharp)]
#pragma warning disable RS1036 // a test double in the test project, never loaded by a compiler
        private sealed class ThrowsOnEveryTree : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
#pragma warning restore RS1036
        {
#pragma warning disable RS2008 // a test-only rule, not released
            private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor("SMA992", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("fuzz me"));
            }
        }

        private static string FirstLineOfException(string failure)
        {
            var threw = failure.IndexOf(" threw ", StringComparison.Ordinal);
            var start = threw < 0 ? 0 : threw + " threw ".Length;
            var end = failure.IndexOf('\n', start);
            return end < 0 ? failure.Substring(start) : failure.Substring(start, end - start).Trim();
        }
    }
}
