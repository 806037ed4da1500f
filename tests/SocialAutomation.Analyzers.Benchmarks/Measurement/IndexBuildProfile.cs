using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Benchmarks.Corpus;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The catalog index build alone (what every SMA analyzer's compilation start shares), on a fresh compilation and
    /// on one whose referenced metadata the compiler has already loaded: the difference is metadata the index touches
    /// first and the compiler would load anyway.
    /// </summary>
    internal static class IndexBuildProfile
    {
        public static string Run(SourceCorpus corpus, int repeat)
        {
            var build = typeof(SocialAnalyzer).Assembly.GetType("SocialAutomation.Analyzers.Catalog.SocialApiIndexBuilder", throwOnError: true)!
                .GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!;
            var fresh = new long[repeat];
            var freshBytes = new long[repeat];
            var warm = new long[repeat];
            var warmBytes = new long[repeat];
            var treeless = new long[repeat];
            var treelessBytes = new long[repeat];
            for (var i = 0; i < repeat; i++)
            {
                (treeless[i], treelessBytes[i]) = Measure(build, corpus.Parse().RemoveAllSyntaxTrees());
                var compilation = corpus.Parse();
                (fresh[i], freshBytes[i]) = Measure(build, compilation);
                compilation.GetDiagnostics();
                (warm[i], warmBytes[i]) = Measure(build, compilation);
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"Index build on {corpus.Name}: fresh compilation {Ms(fresh)} ms, {Mb(freshBytes)} MB; after the compile {Ms(warm)} ms, {Mb(warmBytes)} MB; without trees {Ms(treeless)} ms, {Mb(treelessBytes)} MB (median of {repeat})");
        }

        private static (long Ticks, long Bytes) Measure(MethodInfo build, Compilation compilation)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            build.Invoke(null, new object[] { compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None });
            return (clock.Elapsed.Ticks, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        private static string Ms(long[] ticks) => TimeSpan.FromTicks(Configuration.Median(ticks)).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

        private static string Mb(long[] bytes) => (Configuration.Median(bytes) / 1048576.0).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
