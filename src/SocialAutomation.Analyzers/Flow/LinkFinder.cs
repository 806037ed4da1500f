namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Finds links in message text: <c>http://</c> and <c>https://</c> URLs and <c>www.</c> hosts. A small hand-written
    /// scanner (no Regex): it runs on every string literal of every direct message, and also on source token text, where a
    /// backslash starts an escape sequence and braces delimit interpolations, so both end a link.
    /// </summary>
    internal static class LinkFinder
    {
        /// <summary>The first link at or after <paramref name="startIndex"/>; false when there is none.</summary>
        public static bool TryFind(string text, int startIndex, out int start, out int length)
        {
            for (var i = startIndex; i < text.Length; i++)
            {
                var c = text[i];
                if (c != 'h' && c != 'H' && c != 'w' && c != 'W')
                {
                    continue;
                }

                // A link starts a word; in source text an escape such as \n before it also separates it.
                if (i > 0 && IsWordCharacter(text[i - 1]) && !(i > 1 && text[i - 2] == '\\'))
                {
                    continue;
                }

                var prefix = PrefixLength(text, i);
                if (prefix == 0)
                {
                    continue;
                }

                var end = i + prefix;
                while (end < text.Length && !EndsLink(text[end]))
                {
                    end++;
                }

                end = TrimTrailingPunctuation(text, i + prefix, end);
                start = i;
                length = end - i;
                return true;
            }

            start = 0;
            length = 0;
            return false;
        }

        public static bool ContainsLink(string text) => TryFind(text, 0, out _, out _);

        /// <summary>The length of <c>https://</c>, <c>http://</c> or <c>www.</c> followed by a host character at <paramref name="index"/>, or 0.</summary>
        private static int PrefixLength(string text, int index)
        {
            if (StartsWith(text, index, "https://"))
            {
                return 8;
            }

            if (StartsWith(text, index, "http://"))
            {
                return 7;
            }

            return StartsWith(text, index, "www.") && index + 4 < text.Length && char.IsLetterOrDigit(text[index + 4]) ? 4 : 0;
        }

        private static bool StartsWith(string text, int index, string prefix)
        {
            if (index + prefix.Length > text.Length)
            {
                return false;
            }

            for (var i = 0; i < prefix.Length; i++)
            {
                if (char.ToLowerInvariant(text[index + i]) != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '-' || c == '@';

        /// <summary>Whitespace and characters a URL cannot hold unescaped; <c>\</c> and braces also end escapes and interpolations in source text.</summary>
        private static bool EndsLink(char c)
        {
            switch (c)
            {
                case '"':
                case '<':
                case '>':
                case '\\':
                case '{':
                case '}':
                case '|':
                case '^':
                case '`':
                    return true;
                default:
                    return char.IsWhiteSpace(c) || char.IsControl(c);
            }
        }

        /// <summary>Sentence punctuation after a link is not part of it; a closing bracket is, when the link opened one.</summary>
        private static int TrimTrailingPunctuation(string text, int bodyStart, int end)
        {
            while (end > bodyStart)
            {
                var last = text[end - 1];
                if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == '\'' || last == '*')
                {
                    end--;
                }
                else if ((last == ')' && Unbalanced(text, bodyStart, end, '(', ')')) || (last == ']' && Unbalanced(text, bodyStart, end, '[', ']')))
                {
                    end--;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        /// <summary>More closing than opening brackets: the last one closes text around the link.</summary>
        private static bool Unbalanced(string text, int start, int end, char open, char close)
        {
            var depth = 0;
            for (var i = start; i < end; i++)
            {
                if (text[i] == open)
                {
                    depth++;
                }
                else if (text[i] == close)
                {
                    depth--;
                }
            }

            return depth < 0;
        }
    }
}
