using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>Typed .editorconfig options with defaults. Keys start with <c>social_automation.</c>.</summary>
    internal static class RuleOptions
    {
        public const string Prefix = "social_automation.";

        /// <summary>How many calls deep a rule follows source methods from a handler (SMA001 and the other flow rules).</summary>
        public static readonly IntegerOption MaxCallDepth = new IntegerOption(Prefix + "max_call_depth", 3, 0, 10);

        /// <summary>SMA003 looks at executables only, unless this is true (a library that is the whole bot).</summary>
        public static readonly BooleanOption Sma003IncludeLibraries = new BooleanOption(Prefix + "sma003_include_libraries", false);

        /// <summary>The pause, in milliseconds, that the SMA008 fix inserts after a send (1 message per second per chat or channel).</summary>
        public static readonly IntegerOption Sma008DelayMilliseconds = new IntegerOption(Prefix + "sma008_delay_milliseconds", 1000, 1, 3_600_000);

        /// <summary>SMA009: schedules that post more often than this many minutes are flagged (at most once a day).</summary>
        public static readonly IntegerOption MinPostingIntervalMinutes = new IntegerOption(Prefix + "min_posting_interval_minutes", 15, 1, 1440);

        /// <summary>Local parts of sender addresses nobody reads (SMA006); a list replaces the default.</summary>
        public static readonly ListOption NoReplyLocalParts = new ListOption(Prefix + "no_reply_local_parts",
            ImmutableArray.Create("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply"));

        /// <summary>A comma-separated list; an empty value keeps the default.</summary>
        public static ImmutableArray<string> Read(this ListOption option, AnalyzerOptions options, SyntaxTree tree)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(option.Key, out var text))
            {
                return option.Default;
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var item in text.Split(','))
            {
                var trimmed = item.Trim();
                if (trimmed.Length > 0)
                {
                    builder.Add(trimmed);
                }
            }

            return builder.Count == 0 ? option.Default : builder.ToImmutable();
        }

        /// <summary>Every integer option, validated by <see cref="Rules.ConfigurationDiagnosticsAnalyzer"/> (SMA904).</summary>
        public static System.Collections.Generic.IReadOnlyList<IntegerOption> Integers => new[] { MaxCallDepth, MinPostingIntervalMinutes, Sma008DelayMilliseconds };

        /// <summary>Every true/false option, validated by <see cref="Rules.ConfigurationDiagnosticsAnalyzer"/> (SMA904).</summary>
        public static System.Collections.Generic.IReadOnlyList<BooleanOption> Booleans => new[] { Sma003IncludeLibraries };

        public static int Read(this IntegerOption option, AnalyzerOptions options, SyntaxTree tree, out string? invalidValue)
        {
            invalidValue = null;
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(option.Key, out var text))
            {
                return option.Default;
            }

            if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value >= option.Minimum && value <= option.Maximum)
            {
                return value;
            }

            invalidValue = text;
            return option.Default;
        }
    }

    internal sealed class IntegerOption
    {
        public IntegerOption(string key, int @default, int minimum, int maximum)
        {
            Key = key;
            Default = @default;
            Minimum = minimum;
            Maximum = maximum;
        }

        public string Key { get; }

        public int Default { get; }

        public int Minimum { get; }

        public int Maximum { get; }
    }

    internal sealed class ListOption
    {
        public ListOption(string key, ImmutableArray<string> @default)
        {
            Key = key;
            Default = @default;
        }

        public string Key { get; }

        public ImmutableArray<string> Default { get; }
    }
}
