using System;
using System.Globalization;

namespace SocialAutomation.Analyzers.Benchmarks
{
    /// <summary>Command line: <c>--lines N</c> (size of each corpus), <c>--repeat N</c> (measured runs after one warm-up), <c>--no-peer</c>.</summary>
    internal sealed class BenchmarkOptions
    {
        public int Lines { get; private set; } = 100_000;

        public int Repeat { get; private set; } = 3;

        public bool Peer { get; private set; } = true;

        public static BenchmarkOptions Parse(string[] args)
        {
            var options = new BenchmarkOptions();
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--lines":
                        options.Lines = PositiveInteger(args, ++i);
                        break;
                    case "--repeat":
                        options.Repeat = PositiveInteger(args, ++i);
                        break;
                    case "--enforce":
                    case "--profile-index":
                    case "--profile-rules":
                        break;
                    case "--no-peer":
                        options.Peer = false;
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--lines N] [--repeat N] [--no-peer]");
                }
            }

            return options;
        }

        private static int PositiveInteger(string[] args, int index)
        {
            if (index >= args.Length || !int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new ArgumentException($"'{args[index - 1]}' needs a positive integer.");
            }

            return value;
        }
    }
}
