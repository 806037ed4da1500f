using System;
using System.Diagnostics;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>Wall-clock and process CPU time of a test, for its report line (other tests running in parallel count too).</summary>
    internal sealed class Measurement
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

        public TimeSpan Elapsed => _wall.Elapsed;

        public override string ToString()
            => $"{_wall.Elapsed.TotalSeconds:F1} s ({(Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalSeconds:F1} s CPU)";
    }
}
