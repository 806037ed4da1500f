using System.Text;
using SocialAutomation.Analyzers.Flow;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// Removes the links from the source text of a string literal's content (or an interpolated string's text part) and
    /// tidies what is left, so the user's words read naturally: no doubled spaces, no colon or dash left pointing at
    /// nothing ("Our course: https://..." becomes "Our course"), no empty brackets, no empty line.
    /// </summary>
    internal static class LinkRemover
    {
        /// <param name="content">Source text between the delimiters (escape sequences as written).</param>
        /// <param name="atStart">The content starts the whole text (not right after an interpolation hole).</param>
        /// <param name="atEnd">The content ends the whole text (not right before an interpolation hole).</param>
        /// <param name="escapes">Backslash escapes are live (regular strings), so <c>\n</c> is a line break.</param>
        public static string Remove(string content, bool atStart, bool atEnd, bool escapes)
        {
            var text = content;
            var position = 0;
            while (LinkFinder.TryFind(text, position, out var start, out var length))
            {
                text = RemoveOne(text, start, start + length, atStart, atEnd, escapes, out position);
            }

            return text;
        }

        private static string RemoveOne(string text, int start, int end, bool atStart, bool atEnd, bool escapes, out int resume)
        {
            var left = text.Substring(0, start);
            var right = text.Substring(end);
            var leftCore = left.TrimEnd(' ', '\t');
            var rightCore = right.TrimStart(' ', '\t');
            var hadSpace = leftCore.Length < left.Length || rightCore.Length < right.Length;

            bool LeftEdge() => leftCore.Length == 0 ? atStart : EndsWithBreak(leftCore, escapes);
            bool RightEdge() => rightCore.Length == 0 ? atEnd : BreakLength(rightCore, 0, escapes) > 0;

            // "(https://...)" leaves nothing to bracket.
            if (leftCore.EndsWith("(", System.StringComparison.Ordinal) && rightCore.StartsWith(")", System.StringComparison.Ordinal))
            {
                leftCore = leftCore.Substring(0, leftCore.Length - 1).TrimEnd(' ', '\t');
                rightCore = rightCore.Substring(1);
            }

            // "Our course: https://..." at the end of a sentence or line: the colon announced the link.
            if (!LeftEdge() && (RightEdge() || StartsWithPunctuation(rightCore)) && DanglingSeparatorBefore(leftCore) is var cut && cut > 0)
            {
                leftCore = leftCore.Substring(0, leftCore.Length - cut).TrimEnd(' ', '\t');
            }

            // "https://... - 20% off" at the start of the text or a line: the dash followed the link.
            if (LeftEdge() && DanglingSeparatorAfter(rightCore) is var skip && skip > 0)
            {
                rightCore = rightCore.Substring(skip).TrimStart(' ', '\t');
            }

            // A line that held only the link goes away with its line break.
            if (LeftEdge() && rightCore.Length > 0 && BreakLength(rightCore, 0, escapes) is var lineBreak && lineBreak > 0)
            {
                rightCore = rightCore.Substring(lineBreak);
            }

            var space = hadSpace && !LeftEdge() && !RightEdge() && !StartsWithPunctuation(rightCore) ? " " : string.Empty;
            resume = leftCore.Length + space.Length;
            return new StringBuilder(leftCore.Length + space.Length + rightCore.Length).Append(leftCore).Append(space).Append(rightCore).ToString();
        }

        private static bool StartsWithPunctuation(string text)
            => text.Length > 0 && (text[0] == '.' || text[0] == ',' || text[0] == ';' || text[0] == ':' || text[0] == '!' || text[0] == '?' || text[0] == ')' || text[0] == ']');

        /// <summary>How many characters of a trailing ":", ",", ";" or spaced dash to drop.</summary>
        private static int DanglingSeparatorBefore(string text)
        {
            if (text.Length == 0)
            {
                return 0;
            }

            var last = text[text.Length - 1];
            if (last == ':' || last == ',' || last == ';')
            {
                return 1;
            }

            return IsDash(last) && text.Length >= 2 && (text[text.Length - 2] == ' ' || text[text.Length - 2] == '\t') ? 1 : 0;
        }

        /// <summary>How many characters of a leading ":" or dash followed by a space (or nothing) to drop.</summary>
        private static int DanglingSeparatorAfter(string text)
        {
            if (text.Length == 0 || !(text[0] == ':' || IsDash(text[0])))
            {
                return 0;
            }

            return text.Length == 1 || text[1] == ' ' || text[1] == '\t' ? 1 : 0;
        }

        private static bool IsDash(char c) => c == '-' || c == '\u2013' || c == '\u2014';

        private static bool EndsWithBreak(string text, bool escapes)
        {
            var last = text[text.Length - 1];
            if (last == '\n' || last == '\r')
            {
                return true;
            }

            return escapes && text.Length >= 2 && text[text.Length - 2] == '\\' && (last == 'n' || last == 'r');
        }

        /// <summary>The length of a line break (a real one, or <c>\n</c>, <c>\r\n</c> escapes) at <paramref name="index"/>, or 0.</summary>
        private static int BreakLength(string text, int index, bool escapes)
        {
            if (text[index] == '\r')
            {
                return index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
            }

            if (text[index] == '\n')
            {
                return 1;
            }

            if (!escapes || text[index] != '\\' || index + 1 >= text.Length)
            {
                return 0;
            }

            if (text[index + 1] == 'n')
            {
                return 2;
            }

            if (text[index + 1] == 'r')
            {
                return index + 3 < text.Length && text[index + 2] == '\\' && text[index + 3] == 'n' ? 4 : 2;
            }

            return 0;
        }
    }
}
