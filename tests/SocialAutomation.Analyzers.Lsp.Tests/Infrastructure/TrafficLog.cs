using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>Everything said between the editor and the server (and the server's stderr), printed when a test fails.</summary>
    public sealed class TrafficLog
    {
        // Long answers (the initialize capabilities, big code action lists) stay readable when cut.
        private const int MaxEntryLength = 4000;

        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly List<string> entries = new List<string>();

        public void Add(string channel, string text)
        {
            if (text.Length > MaxEntryLength)
            {
                text = text.Substring(0, MaxEntryLength) + $" ... ({text.Length} chars)";
            }

            lock (entries)
            {
                entries.Add($"[{clock.Elapsed.TotalSeconds,7:0.0}s] {channel} {text}");
            }
        }

        public override string ToString()
        {
            lock (entries)
            {
                var text = new StringBuilder();
                foreach (var entry in entries)
                {
                    text.AppendLine(entry);
                }

                return text.ToString();
            }
        }
    }
}
