using System;
using System.Globalization;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// How many mutated programs the fuzz test analyses. CI runs the default; a longer run:
    /// <c>SMA_FUZZ_VARIANTS=100000 dotnet test tests/SocialAutomation.Analyzers.Tests --filter "FullyQualifiedName~Reliability.FuzzTests"</c>.
    /// <c>SMA_FUZZ_FIRST=n SMA_FUZZ_VARIANTS=1</c> replays variant n of a failure report.
    /// </summary>
    internal static class FuzzSettings
    {
        public const int DefaultVariants = 2000;

        public static int Variants => Read("SMA_FUZZ_VARIANTS", DefaultVariants);

        public static int First => Read("SMA_FUZZ_FIRST", 0);

        private static int Read(string name, int fallback)
            => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : fallback;
    }
}
