using System;

namespace SocialAutomation.Analyzers.Tests.MetaTests
{
    /// <summary>A block of a text file between two marker lines that a test generates and checks.</summary>
    public static class GeneratedBlock
    {
        /// <summary>The text between the markers (without them), or null when either marker is missing.</summary>
        public static string? Extract(string text, string startMarker, string endMarker)
        {
            var start = text.IndexOf(startMarker, StringComparison.Ordinal);
            var end = text.IndexOf(endMarker, StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                return null;
            }

            var contentStart = start + startMarker.Length;
            return Normalize(text.Substring(contentStart, end - contentStart));
        }

        /// <summary>The text with the block between the markers replaced by <paramref name="content"/>.</summary>
        public static string Replace(string text, string startMarker, string endMarker, string content)
        {
            var start = text.IndexOf(startMarker, StringComparison.Ordinal);
            var end = text.IndexOf(endMarker, StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                throw new InvalidOperationException($"Markers {startMarker} / {endMarker} not found.");
            }

            var contentStart = start + startMarker.Length;
            return text.Substring(0, contentStart) + "\n" + content + text.Substring(end);
        }

        public static string Normalize(string text) => text.Replace("\r\n", "\n").Trim('\n') + "\n";
    }
}
