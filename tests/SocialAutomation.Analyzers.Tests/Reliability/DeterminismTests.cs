using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// Concurrent execution must not change what is reported: the same programs, analysed again and again in
    /// parallel and in a different order each time, give the same diagnostics with the same messages.
    /// </summary>
    public class DeterminismTests
    {
        private const int Runs = 20;

        private readonly ITestOutputHelper _output;

        public DeterminismTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Twenty_concurrent_runs_report_identical_diagnostics()
        {
            var measurement = new Measurement();
            var documents = await FlaggedProgramsAsync();
            Assert.NotEmpty(documents);

            var expected = await AnalyzeAllAsync(documents, seed: 0);
            for (var run = 1; run < Runs; run++)
            {
                var actual = await AnalyzeAllAsync(documents, seed: run);
                for (var i = 0; i < documents.Length; i++)
                {
                    Assert.True(expected[i].SequenceEqual(actual[i]),
                        $"Run {run} of {documents[i].Project.Name} differs:{Environment.NewLine}expected:{Environment.NewLine}{string.Join(Environment.NewLine, expected[i])}" +
                        $"{Environment.NewLine}actual:{Environment.NewLine}{string.Join(Environment.NewLine, actual[i])}");
                }
            }

            _output.WriteLine($"{Runs} runs of {documents.Length} programs ({expected.Sum(e => e.Length)} diagnostics a run) in {measurement}");
        }

        /// <summary>The test programs on which the rules report something: the ones where order could matter.</summary>
        private static async Task<ImmutableArray<Document>> FlaggedProgramsAsync()
        {
            var references = LibrarySets.All[0];
            var flagged = new ConcurrentBag<(int Index, Document Document)>();
            var sources = TestSourceCorpus.All;
            await Parallel.ForEachAsync(Enumerable.Range(0, sources.Length), async (i, cancellationToken) =>
            {
                var document = ProjectFactory.Create(sources[i].Text, references);
                var result = await RuleRunner.AnalyzeAsync(document, cancellationToken);
                if (!result.Diagnostics.IsEmpty)
                {
                    flagged.Add((i, document));
                }
            });
            return flagged.OrderBy(f => f.Index).Select(f => f.Document).ToImmutableArray();
        }

        /// <summary>One run: every program, in a shuffled order, several at once, each on a fresh compilation.</summary>
        private static async Task<ImmutableArray<string>[]> AnalyzeAllAsync(ImmutableArray<Document> documents, int seed)
        {
            var results = new ImmutableArray<string>[documents.Length];
            var order = Enumerable.Range(0, documents.Length).ToArray();
            new Random(seed).Shuffle(order);
            await Parallel.ForEachAsync(order, async (i, cancellationToken) =>
            {
                // A new text version forces a new compilation, so nothing is reused from the previous run.
                var text = await documents[i].GetTextAsync(cancellationToken);
                var fresh = ProjectFactory.WithText(documents[i], text.ToString());
                var result = await RuleRunner.AnalyzeAsync(fresh, cancellationToken);
                Assert.Empty(result.Failures);
                results[i] = RuleRunner.Describe(result.Diagnostics);
            });
            return results;
        }
    }
}
