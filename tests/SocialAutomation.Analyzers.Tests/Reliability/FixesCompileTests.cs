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
    /// Every fix, and Fix All in document, project and solution scope, on every diagnostic the analyzers report on
    /// the whole test suite's programs: none throws, and none adds a compiler error the program did not have.
    /// </summary>
    public class FixesCompileTests
    {
        private readonly ITestOutputHelper _output;

        public FixesCompileTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Every_fix_and_Fix_All_on_the_test_programs_compiles_as_well_as_the_program_did()
        {
            var failures = new ConcurrentQueue<string>();
            var fixesChecked = 0;
            var flaggedPrograms = 0;
            var measurement = new Measurement();

            var programs = await AnalysedCorpus.AllAsync();
            await Parallel.ForEachAsync(programs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (program, cancellationToken) =>
            {
                var (source, document, analysis) = program;
                var programFailures = analysis.Failures.ToList();
                var fixable = analysis.Diagnostics.Where(d => d.Location.IsInSource && !ShippedRules.FixesFor(d.Id).IsEmpty).ToImmutableArray();
                if (fixable.IsEmpty)
                {
                    foreach (var failure in programFailures)
                    {
                        failures.Enqueue($"{source}: {failure}");
                    }

                    return;
                }

                Interlocked.Increment(ref flaggedPrograms);
                var errorsBefore = CompilerErrors.Of(analysis.Compilation);
                var applied = new List<AppliedFix>();
                foreach (var diagnostic in fixable)
                {
                    applied.AddRange(await FixRunner.ApplyEachAsync(document, diagnostic, programFailures, cancellationToken));
                }

                applied.AddRange(await FixRunner.FixAllAsync(document, analysis.Diagnostics, programFailures, cancellationToken));
                foreach (var fix in applied)
                {
                    Interlocked.Increment(ref fixesChecked);
                    var changed = fix.Changed.GetProject(document.Project.Id)!;
                    var added = CompilerErrors.New(errorsBefore, await CompilerErrors.OfAsync(changed, cancellationToken));
                    if (added.Count > 0)
                    {
                        var text = await changed.GetDocument(document.Id)!.GetTextAsync(cancellationToken);
                        programFailures.Add($"{fix.Description} adds {string.Join("; ", added)}{Environment.NewLine}--- fixed ---{Environment.NewLine}{text}");
                    }
                }

                foreach (var failure in programFailures)
                {
                    failures.Enqueue($"{source}: {failure}");
                }
            });

            _output.WriteLine($"{programs.Length} programs, {flaggedPrograms} with fixable diagnostics, {fixesChecked} fixed versions compiled, " +
                $"{failures.Count} failures in {measurement}");
            Assert.True(failures.IsEmpty, string.Join(Environment.NewLine + Environment.NewLine, failures.Take(10)));
        }
    }
}
