using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>One test program analysed as written, in the library set it compiles best with.</summary>
    internal sealed record AnalysedProgram(TestSource Source, Document Document, AnalysisResult Analysis);

    /// <summary>
    /// Every test program analysed once, shared by the tests that need the unmutated programs (fixes, determinism,
    /// options), so the suite pays for one pass over the corpus.
    /// </summary>
    internal static class AnalysedCorpus
    {
        private static readonly Lazy<Task<ImmutableArray<AnalysedProgram>>> LazyAll = new Lazy<Task<ImmutableArray<AnalysedProgram>>>(AnalyseAsync);

        public static Task<ImmutableArray<AnalysedProgram>> AllAsync() => LazyAll.Value;

        private static async Task<ImmutableArray<AnalysedProgram>> AnalyseAsync()
        {
            var sources = TestSourceCorpus.All;
            var programs = new AnalysedProgram[sources.Length];
            await Parallel.ForEachAsync(Enumerable.Range(0, sources.Length), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, cancellationToken) =>
            {
                var document = await BestCompilingAsync(sources[i]);
                programs[i] = new AnalysedProgram(sources[i], document, await RuleRunner.AnalyzeAsync(document, cancellationToken));
            });
            return programs.ToImmutableArray();
        }

        /// <summary>
        /// The library set under which the program compiles best. Only the DSharpPlus 4 and 5 stubs differ between the
        /// sets, so only a program that uses DSharpPlus is compiled with each.
        /// </summary>
        private static async Task<Document> BestCompilingAsync(TestSource source)
        {
            var sets = LibrarySets.All;
            var best = ProjectFactory.Create(source.Text, sets[0]);
            if (sets.Length == 1 || !source.Text.Contains("DSharpPlus", StringComparison.Ordinal))
            {
                return best;
            }

            var bestErrors = (await CompilerErrors.OfAsync(best.Project)).Count;
            foreach (var references in sets.Skip(1))
            {
                var document = ProjectFactory.Create(source.Text, references);
                var errors = (await CompilerErrors.OfAsync(document.Project)).Count;
                if (errors < bestErrors)
                {
                    (best, bestErrors) = (document, errors);
                }
            }

            return best;
        }
    }
}
