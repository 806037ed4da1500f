using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SocialAutomation.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Thin wrappers so a test reads <c>await Verify&lt;TAnalyzer&gt;.AnalyzerAsync(source, Libraries.TelegramBot)</c>.
    /// Markup: <c>{|SMA001:text|}</c> or <c>[|text|]</c> marks an expected diagnostic.
    /// </summary>
    public static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static Task AnalyzerAsync(string source, params MetadataReference[] references)
            => AnalyzerAsync(source, OutputKind.DynamicallyLinkedLibrary, references);

        public static async Task AnalyzerAsync(string source, OutputKind outputKind, params MetadataReference[] references)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = Libraries.Net80,
            };
            test.TestState.OutputKind = outputKind;
            test.TestState.AdditionalReferences.AddRange(references);
            await test.RunAsync();
        }

        public static async Task AnalyzerAsync(string source, DiagnosticResult expected, params MetadataReference[] references)
        {
            var test = Test(source, references);
            test.ExpectedDiagnostics.Add(expected);
            await test.RunAsync();
        }

        /// <summary>A test with more state (AdditionalFiles, .editorconfig, several documents) set up by the caller.</summary>
        public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Test(string source, params MetadataReference[] references)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = Libraries.Net80,
            };
            test.TestState.AdditionalReferences.AddRange(references);
            return test;
        }
    }

    public static class Verify<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>Checks the fix, and Fix All in document, project and solution, against <paramref name="fixedSource"/>.</summary>
        public static async Task CodeFixAsync(string source, string fixedSource, string? equivalenceKey, params MetadataReference[] references)
        {
            var test = Test(source, fixedSource, references);
            test.CodeActionEquivalenceKey = equivalenceKey;
            await test.RunAsync();
        }

        public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Test(string source, string fixedSource, params MetadataReference[] references)
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = Libraries.Net80,
            };
            test.TestState.AdditionalReferences.AddRange(references);
            test.FixedState.AdditionalReferences.AddRange(references);
            return test;
        }
    }
}
