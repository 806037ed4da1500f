using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>A <c>true</c>/<c>false</c> option. Compilation-wide options are read from the global options, then from the first tree's.</summary>
    internal sealed class BooleanOption
    {
        public BooleanOption(string key, bool @default)
        {
            Key = key;
            Default = @default;
        }

        public string Key { get; }

        public bool Default { get; }

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

                if (first == null || !provider.GetOptions(first).TryGetValue(Key, out text))
                {
                    return Default;
                }
            }

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
