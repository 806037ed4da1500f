using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>One C# program taken from a string literal of a test file, markup removed.</summary>
    internal sealed record TestSource(string Origin, string Text)
    {
        public override string ToString() => Origin;
    }

    /// <summary>
    /// The C# programs the rule tests analyse: string literals of the test files (embedded as resources) that look
    /// like compilation units, with the test markup stripped. The fuzzer mutates them; the fix test fixes them.
    /// </summary>
    internal static class TestSourceCorpus
    {
        private const string ResourcePrefix = "TestSources.";

        // {|SMA001:  {|#0:  {|CS0103:  then the closers |} and the span markers [| |].
        private static readonly Regex Markup = new Regex(@"\{\|[^:{}|\s]*:|\|\}|\[\||\|\]", RegexOptions.Compiled);

        private static readonly Lazy<ImmutableArray<TestSource>> LazyAll = new Lazy<ImmutableArray<TestSource>>(Load);

        public static ImmutableArray<TestSource> All => LazyAll.Value;

        public static string StripMarkup(string text) => Markup.Replace(text, string.Empty);

        public static bool LooksLikeCompilationUnit(string text)
            => text.Contains("class ", StringComparison.Ordinal) || text.Contains("namespace ", StringComparison.Ordinal);

        private static ImmutableArray<TestSource> Load()
        {
            var assembly = typeof(TestSourceCorpus).Assembly;
            var builder = ImmutableArray.CreateBuilder<TestSource>();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var root = CSharpSyntaxTree.ParseText(reader.ReadToEnd()).GetRoot();
                foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
                {
                    if (!literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        continue;
                    }

                    var value = literal.Token.ValueText;
                    if (LooksLikeCompilationUnit(value))
                    {
                        var line = literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        builder.Add(new TestSource($"{name.Substring(ResourcePrefix.Length)}:{line}", StripMarkup(value)));
                    }
                }
            }

            return builder.ToImmutable();
        }
    }
}
