using System;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>Wraps a failure of a rule's callback with the rule and the place it was analysing.</summary>
    public sealed class AnalyzerCallbackException : Exception
    {
        public AnalyzerCallbackException(string ruleId, Location? location, Exception inner)
            : base(Describe(ruleId, location, inner), inner)
        {
            RuleId = ruleId;
        }

        public string RuleId { get; }

        private static string Describe(string ruleId, Location? location, Exception inner)
        {
            var where = "an unknown location";
            if (location != null && location.IsInSource)
            {
                var span = location.GetLineSpan();
                where = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            }

            return $"{ruleId} failed while analysing {where}: {inner.GetType().Name}: {inner.Message}";
        }
    }
}
