using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Rules;
using SocialAutomation.Analyzers.Tests.Infrastructure;

namespace SocialAutomation.Analyzers.Tests.Rules
{
    /// <summary>
    /// SMA009 test setup: the built-in catalog (Telegram's <c>SendMessage</c> sends, <c>GetUpdates</c> reads what people
    /// wrote), an optional .editorconfig, and the .NET 10 reference pack when Quartz 4.7 (net10.0 only) is referenced.
    /// </summary>
    internal static class HighFrequencyPostingVerify
    {
        /// <summary>Quartz 4.7 targets net10.0 only; its tests compile against the .NET 10 reference pack.</summary>
        public static readonly ReferenceAssemblies Net100 = new ReferenceAssemblies(
            "net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), System.IO.Path.Combine("ref", "net10.0"));

        public static Task AnalyzerAsync(string source, params MetadataReference[] references)
            => AnalyzerAsync(source, null, references);

        public static async Task AnalyzerAsync(string source, string? editorConfig, params MetadataReference[] references)
        {
            var test = Verify<HighFrequencyPostingAnalyzer>.Test(source, references);
            test.ReferenceAssemblies = ReferenceAssembliesFor(references);
            Configure(test.TestState, editorConfig);
            await test.RunAsync();
        }

        /// <summary>Checks the fix, Fix All, and that the fixed code compiles.</summary>
        public static Task CodeFixAsync(string source, string fixedSource, params MetadataReference[] references)
            => CodeFixAsync(source, fixedSource, null, references);

        public static async Task CodeFixAsync(string source, string fixedSource, string? editorConfig, params MetadataReference[] references)
        {
            var test = Verify<HighFrequencyPostingAnalyzer, HighFrequencyPostingCodeFixProvider>.Test(source, fixedSource, references);
            test.CodeActionEquivalenceKey = HighFrequencyPostingCodeFixProvider.UseMinimumIntervalKey;
            test.ReferenceAssemblies = ReferenceAssembliesFor(references);
            Configure(test.TestState, editorConfig);
            await test.RunAsync();
        }

        private static ReferenceAssemblies ReferenceAssembliesFor(MetadataReference[] references)
        {
            foreach (var reference in references)
            {
                if (reference.Display != null && reference.Display.EndsWith("Quartz.dll", System.StringComparison.OrdinalIgnoreCase))
                {
                    return Net100;
                }
            }

            return Libraries.Net80;
        }

        private static void Configure(SolutionState state, string? editorConfig)
        {
            if (editorConfig != null)
            {
                state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\n" + editorConfig));
            }
        }
    }
}
