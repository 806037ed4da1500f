using System.Collections.Generic;
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

        /// <summary>
        /// Every option, validated by <see cref="Rules.ConfigurationDiagnosticsAnalyzer"/> (SMA904). A reliability test
        /// fails when an option field of this class is missing here.
        /// </summary>
        public static IReadOnlyList<IRuleOption> All { get; } = new IRuleOption[] { MaxCallDepth };

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
}
