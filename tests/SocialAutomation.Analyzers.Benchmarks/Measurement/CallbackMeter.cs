using System;
using System.Collections.Generic;
using System.Threading;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>The kinds of callback an analyzer registers, by how often the driver calls them.</summary>
    internal enum CallbackKind
    {
        CompilationStart,
        PerOperation,
        PerSyntaxNode,
        PerBlock,
        PerSymbol,
        PerTree,
        PerAdditionalFile,
        CompilationEnd,
    }

    /// <summary>Counts callbacks and the bytes each allocates on its own thread, per analyzer and kind.</summary>
    internal sealed class CallbackMeter
    {
        private readonly Dictionary<(string Analyzer, CallbackKind Kind), Counter> _counters = new Dictionary<(string, CallbackKind), Counter>();

        public IEnumerable<KeyValuePair<(string Analyzer, CallbackKind Kind), Counter>> Counters => _counters;

        public Counter For(string analyzer, CallbackKind kind)
        {
            lock (_counters)
            {
                if (!_counters.TryGetValue((analyzer, kind), out var counter))
                {
                    counter = new Counter();
                    _counters[(analyzer, kind)] = counter;
                }

                return counter;
            }
        }

        /// <summary>Runs a callback and records its time and what it allocated; measuring allocates nothing itself.</summary>
        public static void Measure<TContext>(Counter counter, Action<TContext> action, TContext context)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            action(context);
            var elapsed = System.Diagnostics.Stopwatch.GetTimestamp() - started;
            counter.Record(GC.GetAllocatedBytesForCurrentThread() - before, elapsed);
        }

        internal sealed class Counter
        {
            private long _calls;
            private long _allocatingCalls;
            private long _bytes;
            private long _ticks;

            public long Calls => Interlocked.Read(ref _calls);

            public long AllocatingCalls => Interlocked.Read(ref _allocatingCalls);

            public long Bytes => Interlocked.Read(ref _bytes);

            public TimeSpan Time => TimeSpan.FromSeconds((double)Interlocked.Read(ref _ticks) / System.Diagnostics.Stopwatch.Frequency);

            public void Record(long bytes, long stopwatchTicks)
            {
                Interlocked.Increment(ref _calls);
                Interlocked.Add(ref _ticks, stopwatchTicks);
                if (bytes > 0)
                {
                    Interlocked.Increment(ref _allocatingCalls);
                    Interlocked.Add(ref _bytes, bytes);
                }
            }
        }
    }
}
