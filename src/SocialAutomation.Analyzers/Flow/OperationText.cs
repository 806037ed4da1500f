using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>Short source text for diagnostic messages: the called member as written (<c>bot.SendMessage</c>), a collection as written.</summary>
    internal static class OperationText
    {
        private const int MaxLength = 60;

        /// <summary>The invoked expression without its argument list.</summary>
        public static string CalledMember(IOperation invocation)
        {
            var syntax = invocation.Syntax is InvocationExpressionSyntax call ? call.Expression : invocation.Syntax;
            return Shorten(syntax.ToString());
        }

        public static string Shorten(string text)
        {
            text = text.Trim();
            var newline = text.IndexOfAny(new[] { '\r', '\n' });
            if (newline >= 0)
            {
                text = text.Substring(0, newline).TrimEnd() + "...";
            }

            return text.Length <= MaxLength ? text : text.Substring(0, MaxLength - 3) + "...";
        }
    }
}
