using System;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>Wraps a failure of a rule's callback with the rule and the place it was analysing.</summary>
    public sealed class AnalyzerCallbackException : Exception
    {
        public AnalyzerCallbackException(string ruleId, Location? location, Exception inner)
            : this(ruleId, Describe(location), inner)
        {
        }

        /// <param name="where">What was being analysed, for example <c>file.cs(3,5)</c> or <c>compilation 'App'</c>.</param>
        public AnalyzerCallbackException(string ruleId, string where, Exception inner)
            : base($"{ruleId} failed while analysing {where}: {inner.GetType().Name}: {inner.Message}", inner)
        {
            RuleId = ruleId;
            Where = where;
        }

        public string RuleId { get; }

        public string Where { get; }

        /// <summary><c>path(line,column)</c>, one-based, for a location in a source or additional file.</summary>
        public static string Describe(Location? location)
        {
            if (location == null || (location.Kind != LocationKind.SourceFile && location.Kind != LocationKind.ExternalFile))
            {
                return "an unknown location";
            }

            var span = location.GetLineSpan();
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        }
    }
}
