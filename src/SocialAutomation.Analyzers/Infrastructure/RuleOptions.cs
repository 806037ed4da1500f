using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
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

        private static readonly Lazy<IReadOnlyList<IRuleOption>> LazyAll = new Lazy<IReadOnlyList<IRuleOption>>(DeclaredOptions);

        /// <summary>
        /// Every option field of this class, in key order, validated by <see cref="Rules.ConfigurationDiagnosticsAnalyzer"/>
        /// (SMA904). Found by reflection so a new option is validated without being listed; a reliability test checks
        /// that every option type implements <see cref="IRuleOption"/>.
        /// </summary>
        public static IReadOnlyList<IRuleOption> All => LazyAll.Value;

        /// <summary>A comma-separated list; an invalid value (SMA904) keeps the default.</summary>
        public static ImmutableArray<string> Read(this ListOption option, AnalyzerOptions options, SyntaxTree tree)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(option.Key, out var text) || !option.IsValid(text))
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

            return builder.ToImmutable();
        }

        private static IReadOnlyList<IRuleOption> DeclaredOptions()
        {
            var options = new List<IRuleOption>();
            foreach (var field in typeof(RuleOptions).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (field.GetValue(null) is IRuleOption option)
                {
                    options.Add(option);
                }
            }

            options.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return options;
        }

        public static int Read(this IntegerOption option, AnalyzerOptions options, SyntaxTree tree, out string? invalidValue)
        {
            invalidValue = null;
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(option.Key, out var text))
            {
                return option.Default;
            }

            if (option.TryParse(text, out var value))
            {
                return value;
            }

            invalidValue = text;
            return option.Default;
        }
    }

    /// <summary>What SMA904 needs to know of any option: its key, whether a value is valid, and the default it falls back to.</summary>
    internal interface IRuleOption
    {
        string Key { get; }

        string DefaultText { get; }

        bool IsValid(string text);
    }

    internal sealed class IntegerOption : IRuleOption
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

        public string DefaultText => Default.ToString(CultureInfo.InvariantCulture);

        public bool IsValid(string text) => TryParse(text, out _);

        public bool TryParse(string text, out int value)
            => int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value)
                && value >= Minimum && value <= Maximum;
    }

    internal sealed class ListOption : IRuleOption
    {
        public ListOption(string key, ImmutableArray<string> @default)
        {
            Key = key;
            Default = @default;
        }

        public string Key { get; }

        public ImmutableArray<string> Default { get; }

        public string DefaultText => string.Join(",", Default);

        /// <summary>At least one item, and no item with spaces or control characters (a pasted sentence, not a list).</summary>
        public bool IsValid(string text)
        {
            var items = 0;
            foreach (var item in text.Split(','))
            {
                var trimmed = item.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                foreach (var c in trimmed)
                {
                    if (char.IsWhiteSpace(c) || char.IsControl(c))
                    {
                        return false;
                    }
                }

                items++;
            }

            return items > 0;
        }
    }
}
