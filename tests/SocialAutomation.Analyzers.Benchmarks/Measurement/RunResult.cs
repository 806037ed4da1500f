using System;
using System.Collections.Generic;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>One measured compilation: wall time, bytes allocated, analyzer time per analyzer (from the driver's telemetry) and what it reported.</summary>
    internal sealed class RunResult
    {
        public RunResult(TimeSpan wall, long allocatedBytes, IReadOnlyDictionary<string, TimeSpan> analyzerTimes, int compilerErrors, int analyzerDiagnostics, IReadOnlyList<string> analyzerExceptions)
        {
            Wall = wall;
            AllocatedBytes = allocatedBytes;
            AnalyzerTimes = analyzerTimes;
            CompilerErrors = compilerErrors;
            AnalyzerDiagnostics = analyzerDiagnostics;
            AnalyzerExceptions = analyzerExceptions;
        }

        public TimeSpan Wall { get; }

        public long AllocatedBytes { get; }

        /// <summary>Execution time per analyzer (keyed by its position in the run's list).</summary>
        public IReadOnlyDictionary<string, TimeSpan> AnalyzerTimes { get; }

        public int CompilerErrors { get; }

        public int AnalyzerDiagnostics { get; }

        public IReadOnlyList<string> AnalyzerExceptions { get; }

        public TimeSpan TotalAnalyzerTime
        {
            get
            {
                var total = TimeSpan.Zero;
                foreach (var time in AnalyzerTimes.Values)
                {
                    total += time;
                }

                return total;
            }
        }
    }
}
