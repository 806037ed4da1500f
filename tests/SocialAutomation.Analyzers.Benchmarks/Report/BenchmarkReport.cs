using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SocialAutomation.Analyzers.Benchmarks.Measurement;

namespace SocialAutomation.Analyzers.Benchmarks.Report
{
    /// <summary>The tables and the budgets, each budget with PASS or FAIL.</summary>
    internal static class BenchmarkReport
    {
        /// <summary>All SMA analyzers together, as a share of compile time.</summary>
        public const double BotCorpusBudget = 0.03;
        public const double PlainCorpusBudget = 0.002;

        /// <summary>Per-operation callbacks that allocate on code without social libraries, as a share of all of them (first-sight cache fills only).</summary>
        public const double AllocatingCallbackBudget = 0.01;

        public static string Corpus(CorpusMeasurement m)
        {
            var compile = m.Compile.MedianWall;
            var text = new StringBuilder();
            text.AppendLine(Invariant($"### {m.Corpus.Name}: {m.Corpus.Lines:N0} lines in {m.Corpus.Files.Count:N0} files, median of {m.Compile.Runs.Count} runs"));
            text.AppendLine();
            var table = new Table("Configuration", ">Wall ms", ">Analyzer ms", ">% of compile", ">Run MB", ">Callback MB", ">Diagnostics");
            foreach (var configuration in m.Configurations)
            {
                var isCompile = configuration == m.Compile;
                table.Add(
                    configuration.Label,
                    Ms(configuration.MedianWall),
                    isCompile ? "-" : Ms(configuration.MedianAnalyzerTime),
                    isCompile ? "100" : Percent(configuration.MedianAnalyzerTime, compile),
                    Mb(configuration.MedianAllocated),
                    isCompile ? "-" : Mb(CallbackBytes(m, configuration)),
                    isCompile ? "-" : configuration.Runs[0].AnalyzerDiagnostics.ToString(CultureInfo.InvariantCulture));
            }

            if (m.PeerRun != null)
            {
                table.Add($"peer mean per analyzer (/{m.Peer!.Analyzers.Length}; {m.PeerAnalyzersThatRan} ran)", "-", Ms(m.PeerMeanPerAnalyzer), Percent(m.PeerMeanPerAnalyzer, compile), "-", "-", "-");
            }

            text.Append(table);
            text.AppendLine();
            text.AppendLine("Per SMA analyzer inside the all-SMA run (ms): " + string.Join(", ",
                m.Sma.Select((a, i) => a.Ids + " " + Ms(m.AllSma.MedianTimeOf(i)))));
            text.AppendLine();
            text.Append(Callbacks(m));
            return text.ToString();
        }

        private static long CallbackBytes(CorpusMeasurement m, Configuration configuration)
        {
            if (configuration == m.PeerRun)
            {
                return m.CallbackBytes(CorpusMeasurement.PeerLabel);
            }

            // The metered run has the peer and the SMA analyzers together, so the joint configuration reads both.
            return configuration == m.PeerThenSma
                ? m.CallbackBytes(CorpusMeasurement.PeerLabel) + m.CallbackBytes(m.Sma.Select(a => a.Ids))
                : m.CallbackBytes(configuration.Analyzers.Select(a => a.Ids));
        }

        public static string Callbacks(CorpusMeasurement m)
        {
            var table = new Table("Analyzer", "Callback", ">Calls", ">ms", ">Allocating", ">Bytes", ">Bytes/call");
            foreach (var pair in m.Callbacks.Counters.Where(p => p.Key.Analyzer != CorpusMeasurement.PeerLabel).OrderBy(p => p.Key.Analyzer, StringComparer.Ordinal).ThenBy(p => p.Key.Kind))
            {
                var counter = pair.Value;
                table.Add(pair.Key.Analyzer, pair.Key.Kind.ToString(), N(counter.Calls), Ms(counter.Time), N(counter.AllocatingCalls), N(counter.Bytes),
                    counter.Calls == 0 ? "0" : N(counter.Bytes / counter.Calls));
            }

            return "Callbacks of the SMA analyzers (one metered run: time, and bytes allocated on the callback's thread):" + Environment.NewLine + Environment.NewLine + table;
        }

        public static IEnumerable<(string Budget, bool Pass, string Detail)> Budgets(CorpusMeasurement bot, CorpusMeasurement plain)
        {
            yield return Share(bot, BotCorpusBudget);
            yield return Share(plain, PlainCorpusBudget);
            foreach (var m in new[] { bot, plain })
            {
                if (m.PeerRun == null)
                {
                    continue;
                }

                var slowest = m.EachSma.Select((c, i) => (Ids: m.Sma[i].Ids, Time: c.MedianAnalyzerTime)).OrderByDescending(x => x.Time).First();
                yield return (
                    Invariant($"every SMA analyzer (alone) below the peer's mean per analyzer on {m.Corpus.Name}"),
                    slowest.Time < m.PeerMeanPerAnalyzer,
                    Invariant($"slowest {slowest.Ids} {Ms(slowest.Time)} ms vs peer mean {Ms(m.PeerMeanPerAnalyzer)} ms; the floor (index and a name test per call) alone takes {Ms(m.Floor.MedianAnalyzerTime)} ms"));
            }

            // Where every SMA callback bails out (no social library), only first-sight cache fills may allocate.
            var (calls, allocating, bytes) = PerOperation(plain);
            var share = calls == 0 ? 0 : (double)allocating / calls;
            yield return (
                Invariant($"allocation-free bail-out: per-operation callbacks that allocate <= {AllocatingCallbackBudget:P0} on {plain.Corpus.Name}"),
                share <= AllocatingCallbackBudget,
                calls == 0
                    ? "no per-operation callback ran: with no social library and no framework mail or scheduling API in reach, the rules register none"
                    : Invariant($"{allocating:N0} of {calls:N0} ({share:P2}), {bytes:N0} bytes"));
        }

        /// <summary>
        /// The same comparison on the basis the peer's mean comes from (all its analyzers in one run): each SMA analyzer's
        /// time inside the all-SMA run, where the shared catalog index is paid once, by the first analyzer to start.
        /// </summary>
        public static string InRunComparison(CorpusMeasurement m)
        {
            if (m.PeerRun == null)
            {
                return Invariant($"{m.Corpus.Name}: no peer run");
            }

            var above = m.Sma.Select((a, i) => (a.Ids, Time: m.AllSma.MedianTimeOf(i))).Where(x => x.Time >= m.PeerMeanPerAnalyzer).ToList();
            return Invariant($"{m.Corpus.Name}, inside the all-SMA run: {m.Sma.Count - above.Count} of {m.Sma.Count} SMA analyzers below the peer's mean of {Ms(m.PeerMeanPerAnalyzer)} ms")
                + (above.Count == 0 ? string.Empty : "; above it: " + string.Join(", ", above.Select(x => x.Ids + " " + Ms(x.Time) + " ms")));
        }

        /// <summary>
        /// The SMA analyzers inside the run they share with the peer (the peer first in the driver's order), against the
        /// peer's mean in that same run: both pay the same driver, the same collections and the same warm symbols.
        /// </summary>
        public static string WithPeerComparison(CorpusMeasurement m)
        {
            if (m.PeerThenSma == null)
            {
                return Invariant($"{m.Corpus.Name}: no peer run");
            }

            var peerCount = m.Peer!.Analyzers.Length;
            var sma = m.Sma.Select((a, i) => (a.Ids, Time: m.PeerThenSma.MedianTimeOf(peerCount + i))).ToList();
            var smaTotal = m.PeerThenSma.MedianTimeOf(Enumerable.Range(peerCount, m.Sma.Count).ToList());
            var peerMean = TimeSpan.FromTicks(m.PeerThenSma.MedianTimeOf(Enumerable.Range(0, peerCount).ToList()).Ticks / peerCount);
            var above = sma.Where(x => x.Time >= peerMean).ToList();
            return Invariant($"{m.Corpus.Name}, with the peer in the same run (its analyzers first): all SMA {Ms(smaTotal)} ms = {Percent(smaTotal, m.Compile.MedianWall)} % of compile; ")
                + Invariant($"{sma.Count - above.Count} of {sma.Count} SMA analyzers below the peer's mean in that run of {Ms(peerMean)} ms")
                + (above.Count == 0 ? string.Empty : "; above it: " + string.Join(", ", above.Select(x => x.Ids + " " + Ms(x.Time) + " ms")))
                + "; per SMA analyzer (ms): " + string.Join(", ", sma.Select(x => x.Ids + " " + Ms(x.Time)));
        }

        /// <summary>On the bot corpus callbacks on social calls do real work (scopes, diagnostics) and may allocate: reported, no budget.</summary>
        public static string BotAllocations(CorpusMeasurement bot)
        {
            var (calls, allocating, bytes) = PerOperation(bot);
            return Invariant($"{bot.Corpus.Name}: {allocating:N0} of {calls:N0} per-operation callbacks allocate ({(calls == 0 ? 0 : (double)allocating / calls):P2}), {bytes:N0} bytes in all");
        }

        private static (long Calls, long Allocating, long Bytes) PerOperation(CorpusMeasurement m)
        {
            var perOperation = m.Callbacks.Counters
                .Where(p => p.Key.Analyzer != CorpusMeasurement.PeerLabel && p.Key.Kind is CallbackKind.PerOperation or CallbackKind.PerSyntaxNode)
                .Select(p => p.Value)
                .ToList();
            return (perOperation.Sum(c => c.Calls), perOperation.Sum(c => c.AllocatingCalls), perOperation.Sum(c => c.Bytes));
        }

        private static (string, bool, string) Share(CorpusMeasurement m, double budget)
        {
            var compile = m.Compile.MedianWall;
            var analyzers = m.AllSma.MedianAnalyzerTime;
            var share = compile.Ticks == 0 ? 0 : (double)analyzers.Ticks / compile.Ticks;
            return (
                Invariant($"all SMA analyzers <= {budget:P1} of compile time on {m.Corpus.Name}"),
                share <= budget,
                Invariant($"{Ms(analyzers)} ms / {Ms(compile)} ms = {share:P2}"));
        }

        private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString(time.TotalMilliseconds < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);

        private static string Percent(TimeSpan part, TimeSpan whole)
            => whole.Ticks == 0 ? "-" : (100.0 * part.Ticks / whole.Ticks).ToString("0.00", CultureInfo.InvariantCulture);

        private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

        private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
