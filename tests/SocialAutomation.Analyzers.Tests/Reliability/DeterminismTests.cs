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

        private const int ProgramsPerDiagnosticId = 2;

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

        /// <summary>
        /// Test programs on which the rules report something, where order could matter: up to two per diagnostic ID,
        /// so every rule is covered and the 20 runs stay within the suite's time budget.
        /// </summary>
        private static async Task<ImmutableArray<Document>> FlaggedProgramsAsync()
        {
            var flagged = (await AnalysedCorpus.AllAsync())
                .Select((program, index) => (Index: index, program.Document, Ids: program.Analysis.Diagnostics.Select(d => d.Id).Distinct().ToImmutableArray()))
                .Where(p => !p.Ids.IsEmpty)
                .ToList();

            var perId = new System.Collections.Generic.Dictionary<string, int>();
            var chosen = ImmutableArray.CreateBuilder<Document>();
            foreach (var (_, document, ids) in flagged.OrderByDescending(f => f.Ids.Length).ThenBy(f => f.Index))
            {
                if (ids.Any(id => (perId.TryGetValue(id, out var n) ? n : 0) < ProgramsPerDiagnosticId))
                {
                    chosen.Add(document);
                    foreach (var id in ids)
                    {
                        perId[id] = (perId.TryGetValue(id, out var n) ? n : 0) + 1;
                    }
                }
            }

            return chosen.ToImmutable();
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
