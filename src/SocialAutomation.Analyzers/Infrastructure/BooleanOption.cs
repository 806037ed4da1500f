using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>A <c>true</c>/<c>false</c> option. Compilation-wide options are read from the global options, then from the first tree's.</summary>
    internal sealed class BooleanOption : IRuleOption
    {
        public BooleanOption(string key, bool @default)
        {
            Key = key;
            Default = @default;
        }

        public string Key { get; }

        public bool Default { get; }

        public string DefaultText => Default ? "true" : "false";

        public bool IsValid(string text)
        {
            Parse(text, out var invalidValue);
            return invalidValue == null;
        }

        /// <summary>The value for a whole compilation: a .globalconfig entry, else the entry that applies to the first source file.</summary>
        public bool ReadForCompilation(AnalyzerOptions options, Compilation compilation, out string? invalidValue)
        {
            invalidValue = null;
            var provider = options.AnalyzerConfigOptionsProvider;
            if (!provider.GlobalOptions.TryGetValue(Key, out var text))
            {
                SyntaxTree? first = null;
                foreach (var tree in compilation.SyntaxTrees)
                {
                    first = tree;
                    break;
                }

                return first == null ? Default : Read(options, first, out invalidValue);
            }

            return Parse(text, out invalidValue);
        }

        /// <summary>The value that applies to one file.</summary>
        public bool Read(AnalyzerOptions options, SyntaxTree tree, out string? invalidValue)
        {
            invalidValue = null;
            return options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(Key, out var text) ? Parse(text, out invalidValue) : Default;
        }

        private bool Parse(string text, out string? invalidValue)
        {
            invalidValue = null;
            switch (text.Trim().ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    invalidValue = text;
                    return Default;
            }
        }
    }
}
