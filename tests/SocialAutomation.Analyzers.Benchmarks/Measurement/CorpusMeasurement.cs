using System;
using System.Collections.Generic;
using System.Linq;
using SocialAutomation.Analyzers.Benchmarks.Corpus;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>A configuration of one benchmark run: no analyzer, a set of analyzers.</summary>
    internal sealed class Configuration
    {
        public Configuration(string label, IReadOnlyList<NamedAnalyzer> analyzers)
        {
            Label = label;
            Analyzers = analyzers;
        }

        public string Label { get; }

        public IReadOnlyList<NamedAnalyzer> Analyzers { get; }

        public List<RunResult> Runs { get; } = new List<RunResult>();

        public RunResult Run(SourceCorpus corpus)
            => Analyzers.Count == 0 ? CompilationRunner.CompileAlone(corpus) : CompilationRunner.CompileWithAnalyzers(corpus, Analyzers);

        public TimeSpan MedianWall => Median(Runs.Select(r => r.Wall));

        public TimeSpan MedianAnalyzerTime => Median(Runs.Select(r => r.TotalAnalyzerTime));

        public long MedianAllocated => Median(Runs.Select(r => r.AllocatedBytes));

        /// <summary>Median time of one analyzer of this configuration, by its position.</summary>
        public TimeSpan MedianTimeOf(int position) => Median(Runs.Select(r => r.AnalyzerTimes[CompilationRunner.Key(Analyzers[position], position)]));

        /// <summary>Median over the runs of the summed time of the analyzers at <paramref name="positions"/>.</summary>
        public TimeSpan MedianTimeOf(IReadOnlyList<int> positions)
            => Median(Runs.Select(r => TimeSpan.FromTicks(positions.Sum(p => r.AnalyzerTimes[CompilationRunner.Key(Analyzers[p], p)].Ticks))));

        public static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromTicks(Median(values.Select(v => v.Ticks)));

        public static long Median(IEnumerable<long> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0)
            {
                return 0;
            }

            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>Every configuration on one corpus: warmed up once, then run round-robin so load changes hit all of them alike.</summary>
    internal sealed class CorpusMeasurement
    {
        public CorpusMeasurement(SourceCorpus corpus, IReadOnlyList<NamedAnalyzer> sma, PeerPackage? peer)
        {
            Corpus = corpus;
            Sma = sma;
            Peer = peer;
            Compile = new Configuration("compile alone", Array.Empty<NamedAnalyzer>());
            AllSma = new Configuration($"+ all SMA ({sma.Count} analyzers)", sma);
            EachSma = sma.Select(a => new Configuration("+ " + a.Ids + " alone", new[] { a })).ToList();
            PeerRun = peer == null ? null : new Configuration($"+ {peer.Name} ({peer.Analyzers.Length} analyzers)", peer.Analyzers);
            PeerThenSma = peer == null ? null : new Configuration($"+ {peer.Name}, then all SMA, in one run", peer.Analyzers.Concat(sma).ToList());
            Baseline = new Configuration("+ baseline: one empty operation action", new[] { new NamedAnalyzer(new EmptyOperationAnalyzer()) });
            Floor = new Configuration("+ floor: the catalog index, a name test per call", new[] { new NamedAnalyzer(new CatalogFloorAnalyzer()) });
        }

        /// <summary>What the driver charges per callback: an analyzer whose operation actions do nothing.</summary>
        public Configuration Baseline { get; }

        /// <summary>What a rule that applies costs alone before work of its own (see <see cref="CatalogFloorAnalyzer"/>).</summary>
        public Configuration Floor { get; }

        public SourceCorpus Corpus { get; }

        public IReadOnlyList<NamedAnalyzer> Sma { get; }

        public PeerPackage? Peer { get; }

        public Configuration Compile { get; }

        public Configuration AllSma { get; }

        public IReadOnlyList<Configuration> EachSma { get; }

        public Configuration? PeerRun { get; }

        /// <summary>
        /// The peer's analyzers and the SMA analyzers in one run, the peer's first in the driver's order, as when a
        /// project that already uses the peer adds this package: whoever reads a call first pays for reading it.
        /// </summary>
        public Configuration? PeerThenSma { get; }

        public CallbackMeter Callbacks { get; } = new CallbackMeter();

        public IEnumerable<Configuration> Configurations
        {
            get
            {
                yield return Compile;
                yield return AllSma;
                foreach (var each in EachSma)
                {
                    yield return each;
                }

                if (PeerRun != null)
                {
                    yield return PeerRun;
                    yield return PeerThenSma!;
                }

                yield return Baseline;
                yield return Floor;
            }
        }

        /// <summary>
        /// Warms up on <paramref name="warmUpCorpus"/> (every configuration once: JIT, references, catalog), then runs
        /// every configuration <paramref name="repeat"/> times round-robin, then once more with the callbacks metered.
        /// </summary>
        public void Run(SourceCorpus warmUpCorpus, int repeat, Action<string> progress)
        {
            foreach (var corpus in new[] { warmUpCorpus, Corpus })
            {
                var errors = CompilationRunner.CompileAlone(corpus).CompilerErrors;
                if (errors > 0)
                {
                    throw new InvalidOperationException($"{corpus.Name} has {errors} compiler errors: the generated corpus must compile.{Environment.NewLine}{CompilationRunner.FirstErrors(corpus, 20)}");
                }
            }

            foreach (var configuration in Configurations)
            {
                configuration.Run(warmUpCorpus);
            }

            for (var round = 1; round <= repeat; round++)
            {
                foreach (var configuration in Configurations)
                {
                    configuration.Runs.Add(configuration.Run(Corpus));
                    progress($"{Corpus.Name}: round {round}/{repeat}: {configuration.Label}: {configuration.Runs[configuration.Runs.Count - 1].Wall.TotalSeconds:0.0} s");
                }
            }

            var metered = Sma.Select(a => new NamedAnalyzer(new MeteredAnalyzer(a.Analyzer, a.Ids, Callbacks))).ToList();
            if (Peer != null)
            {
                metered.AddRange(Peer.Analyzers.Select(a => new NamedAnalyzer(new MeteredAnalyzer(a.Analyzer, PeerLabel, Callbacks))));
            }

            CompilationRunner.CompileWithAnalyzers(Corpus, metered);
        }

        public const string PeerLabel = "peer";

        /// <summary>Bytes the callbacks of the analyzers labelled <paramref name="label"/> allocated on their own thread (metered run).</summary>
        public long CallbackBytes(string label) => Callbacks.Counters.Where(p => p.Key.Analyzer == label).Sum(p => p.Value.Bytes);

        public long CallbackBytes(IEnumerable<string> labels) => labels.Sum(CallbackBytes);

        public TimeSpan PeerMeanPerAnalyzer
            => PeerRun == null || Peer!.Analyzers.Length == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(PeerRun.MedianAnalyzerTime.Ticks / Peer.Analyzers.Length);

        public int PeerAnalyzersThatRan
            => PeerRun == null ? 0 : Enumerable.Range(0, PeerRun.Analyzers.Count).Count(i => PeerRun.MedianTimeOf(i) > TimeSpan.Zero);

        public IEnumerable<string> AnalyzerExceptions
            => Configurations.SelectMany(c => c.Runs).SelectMany(r => r.AnalyzerExceptions).Distinct();
    }
}
