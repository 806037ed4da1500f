using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// Breaks a program the way editing does, deterministically from a seed: deletes, duplicates or swaps
    /// tokens, or cuts the file at a token (half-typed code). Trivia stays, so the result still reads like code.
    /// </summary>
    internal sealed class SourceMutator
    {
        private readonly ImmutableArray<(string Leading, string Text, string Trailing)> _tokens;

        public SourceMutator(string source)
        {
            _tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens(descendIntoTrivia: false)
                .Where(t => !t.IsKind(SyntaxKind.EndOfFileToken))
                .Select(t => (t.LeadingTrivia.ToFullString(), t.Text, t.TrailingTrivia.ToFullString()))
                .ToImmutableArray();
        }

        /// <summary>One to three mutations chosen by <paramref name="seed"/>; the same seed always gives the same text.</summary>
        public string Mutate(int seed, out string description)
        {
            var random = new Random(seed);
            var texts = _tokens.Select(t => t.Text).ToArray();
            var length = texts.Length;
            var steps = new StringBuilder();
            if (length < 2)
            {
                description = "unchanged (too short)";
                return Render(texts, length);
            }

            var count = 1 + random.Next(3);
            for (var step = 0; step < count; step++)
            {
                var at = random.Next(length);
                var kind = random.Next(10);
                if (kind < 4)
                {
                    steps.Append($"delete {at} '{texts[at]}'; ");
                    texts[at] = string.Empty;
                }
                else if (kind < 6)
                {
                    steps.Append($"duplicate {at} '{texts[at]}'; ");
                    texts[at] = texts[at] + " " + texts[at];
                }
                else if (kind < 9)
                {
                    var next = Math.Min(at + 1, length - 1);
                    steps.Append($"swap {at} '{texts[at]}' and {next} '{texts[next]}'; ");
                    (texts[at], texts[next]) = (texts[next], texts[at]);
                }
                else
                {
                    // Half-typed code: cut late in the file more often than early, so most of the program is still there.
                    var cut = length - 1 - random.Next(Math.Max(1, length / 3));
                    steps.Append($"truncate at {cut}; ");
                    length = Math.Max(1, cut);
                }
            }

            description = steps.ToString().TrimEnd(' ', ';');
            return Render(texts, length);
        }

        private string Render(string[] texts, int length)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                builder.Append(_tokens[i].Leading).Append(texts[i]).Append(_tokens[i].Trailing);
            }

            return builder.ToString();
        }
    }
}
