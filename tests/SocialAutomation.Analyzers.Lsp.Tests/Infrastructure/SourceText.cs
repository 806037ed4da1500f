using System;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>Finds where a piece of code sits in a file, in LSP positions.</summary>
    public static class SourceText
    {
        public static Range RangeOf(string text, string snippet)
        {
            var start = text.IndexOf(snippet, StringComparison.Ordinal);
            if (start < 0 || text.IndexOf(snippet, start + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{snippet}' must occur exactly once in:\n{text}");
            }

            return new Range(PositionOf(text, start), PositionOf(text, start + snippet.Length));
        }

        /// <summary>One-based line number, as the rule's message and the build output count.</summary>
        public static int LineNumberOf(string text, string snippet) => RangeOf(text, snippet).Start.Line + 1;

        public static string Replace(string text, Range range, string newText)
        {
            var start = OffsetOf(text, range.Start);
            return text.Substring(0, start) + newText + text.Substring(OffsetOf(text, range.End));
        }

        private static Position PositionOf(string text, int offset)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new Position(line, offset - lineStart);
        }

        private static int OffsetOf(string text, Position position)
        {
            var offset = 0;
            for (var line = 0; line < position.Line; line++)
            {
                offset = text.IndexOf('\n', offset) + 1;
            }

            return offset + position.Character;
        }
    }
}
