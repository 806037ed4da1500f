using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using SocialAutomation.Analyzers.Benchmarks.Corpus;
using SocialAutomation.Analyzers.Benchmarks.Measurement;
using SocialAutomation.Analyzers.Benchmarks.Report;

namespace SocialAutomation.Analyzers.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project tests/SocialAutomation.Analyzers.Benchmarks -- [--lines 100000] [--repeat 3] [--no-peer] [--enforce]
    /// Exits 1 when a corpus does not compile or an analyzer throws; with --enforce, also when a budget fails.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            BenchmarkOptions options;
            try
            {
                options = BenchmarkOptions.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var total = Stopwatch.StartNew();
            var references = CorpusReferences.Load();
            var sma = AnalyzerSets.Sma();
            var peer = options.Peer ? AnalyzerSets.Peer() : null;
            Console.WriteLine(Machine());
            Console.WriteLine(Invariant($"SMA analyzers: {string.Join(", ", sma.Select(a => a.Ids))}"));
            if (peer != null)
            {
                Console.WriteLine(Invariant($"Peer: {peer.Name}, {peer.Analyzers.Length} analyzers from {peer.Folder}"));
            }

            Console.WriteLine(Invariant($"Stub libraries: {string.Join(", ", references.StubNames)}"));
            Console.WriteLine();

            const int warmUpLines = 1000;
            if (args.Contains("--profile-index"))
            {
                foreach (var corpus in new[] { CorpusGenerator.Bot(options.Lines, references), CorpusGenerator.Plain(options.Lines, references) })
                {
                    IndexBuildProfile.Run(corpus, 1);
                    Console.WriteLine(IndexBuildProfile.Run(corpus, Math.Max(3, options.Repeat)));
                    LookupProfile.Run(corpus);
                    Console.WriteLine(LookupProfile.Run(corpus));
                    Console.WriteLine(LookupProfile.Run(corpus, compileFirst: false));
                }

                return 0;
            }

            if (args.Contains("--profile-rules"))
            {
                // For a sampling profiler (dotnet-trace): all SMA analyzers on the bot corpus, run after run.
                var profiled = CorpusGenerator.Bot(options.Lines, references);
                var only = Environment.GetEnvironmentVariable("SMA_ONLY");
                var rules = sma.Where(a => string.IsNullOrEmpty(only) || a.Ids == only).ToList();
                // The driver calls the analyzers of an operation in this order, and the first one reads each symbol from
                // memory first: SMA_REVERSE=1 shows how much of a rule's time that is.
                if (Environment.GetEnvironmentVariable("SMA_REVERSE") == "1")
                {
                    rules.Reverse();
                }

                // SMA_WITH_PEER=1: the peer's analyzers first, in the same run, as a build that references both packages.
                var withPeer = peer != null && Environment.GetEnvironmentVariable("SMA_WITH_PEER") == "1";
                var before = withPeer ? peer!.Analyzers.ToList() : new List<NamedAnalyzer>();
                var totals = new List<TimeSpan>();
                for (var i = 0; i < options.Repeat; i++)
                {
                    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                    var run = CompilationRunner.CompileWithAnalyzers(profiled, before.Concat(rules).ToList());
                    var times = rules.Select((a, p) => run.AnalyzerTimes[CompilationRunner.Key(a, before.Count + p)]).ToList();
                    var smaTotal = TimeSpan.FromTicks(times.Sum(t => t.Ticks));
                    totals.Add(smaTotal);
                    var each = string.Join(", ", rules.Select((a, p) => Invariant($"{a.Name} {times[p].TotalMilliseconds:0.0}")));
                    var peerMean = withPeer ? Invariant($"; peer mean {(run.TotalAnalyzerTime - smaTotal).TotalMilliseconds / before.Count:0.0} ms") : string.Empty;
                    Console.WriteLine(Invariant($"SMA on {profiled.Name}: {smaTotal.TotalMilliseconds:0} ms ({each}){peerMean}"));
                    // Every pause stops the analyzer thread wherever it is, so a long one lands in some analyzer's telemetry.
                    Console.WriteLine(Invariant($"  garbage collections in the run: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms paused"));
                }

                // The first run pays for JIT; the minimum of the others is the least disturbed by other load on the machine.
                var warm = totals.Skip(1).ToList();
                if (warm.Count > 0)
                {
                    Console.WriteLine(Invariant($"after the first run: min {warm.Min().TotalMilliseconds:0.0} ms, median {Configuration.Median(warm).TotalMilliseconds:0.0} ms"));
                }

                return 0;
            }

            var bot = new CorpusMeasurement(CorpusGenerator.Bot(options.Lines, references), sma, peer);
            bot.Run(CorpusGenerator.Bot(warmUpLines, references), options.Repeat, line => Console.Error.WriteLine(line));
            var plain = new CorpusMeasurement(CorpusGenerator.Plain(options.Lines, references), sma, peer);
            plain.Run(CorpusGenerator.Plain(warmUpLines, references), options.Repeat, line => Console.Error.WriteLine(line));

            Console.WriteLine("Compile = parse + bind + all compiler diagnostics (GetDiagnostics, no emit), one thread. Analyzer ms = the driver's");
            Console.WriteLine("telemetry (ExecutionTime) summed over the run's analyzers, run without concurrent execution. Wall ms = the whole run");
            Console.WriteLine("(the driver binds only what its analyzers need: analyzers without operation or syntax-node actions skip method bodies).");
            Console.WriteLine("Run MB = process-wide GC.GetTotalAllocatedBytes(precise) delta of the whole run; callback MB = bytes the analyzers'");
            Console.WriteLine("callbacks allocated on their own thread (GC.GetAllocatedBytesForCurrentThread around each callback, one metered run).");
            Console.WriteLine();
            Console.WriteLine(BenchmarkReport.Corpus(bot));
            Console.WriteLine(BenchmarkReport.Corpus(plain));

            var exceptions = bot.AnalyzerExceptions.Concat(plain.AnalyzerExceptions).Distinct().ToList();
            foreach (var exception in exceptions)
            {
                Console.WriteLine("ANALYZER EXCEPTION: " + exception);
            }

            Console.WriteLine("### Budgets");
            Console.WriteLine();
            var allPass = true;
            foreach (var (budget, pass, detail) in BenchmarkReport.Budgets(bot, plain))
            {
                allPass &= pass;
                Console.WriteLine(Invariant($"- {(pass ? "PASS" : "FAIL")} {budget}: {detail}"));
            }

            Console.WriteLine("- info " + BenchmarkReport.InRunComparison(bot));
            Console.WriteLine("- info " + BenchmarkReport.InRunComparison(plain));
            Console.WriteLine("- info " + BenchmarkReport.WithPeerComparison(bot));
            Console.WriteLine("- info " + BenchmarkReport.WithPeerComparison(plain));
            Console.WriteLine("- info " + BenchmarkReport.BotAllocations(bot));
            Console.WriteLine();
            Console.WriteLine(Invariant($"Total benchmark time {total.Elapsed.TotalSeconds:0} s; load average now {LoadAverage()}."));
            var enforce = args.Contains("--enforce");
            return exceptions.Count > 0 || (enforce && !allPass) ? 1 : 0;
        }

        private static string Machine()
            => Invariant($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}; load average at start {LoadAverage()}");

        private static string LoadAverage()
        {
            try
            {
                var fields = File.ReadAllText("/proc/loadavg").Split(' ');
                return string.Join(" ", fields.Take(3));
            }
            catch (IOException)
            {
                return "unknown";
            }
            catch (UnauthorizedAccessException)
            {
                return "unknown";
            }
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
