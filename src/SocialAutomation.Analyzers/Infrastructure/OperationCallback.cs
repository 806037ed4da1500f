using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>One rule's operation action, with the rule ID and the operation's place added to any exception it throws.</summary>
    internal sealed class OperationCallback
    {
        private readonly Action<OperationAnalysisContext> _action;
        private readonly string _ruleId;

        public OperationCallback(Action<OperationAnalysisContext> action, string ruleId)
        {
            _action = action;
            _ruleId = ruleId;
        }

        public void Run(OperationAnalysisContext context)
        {
            try
            {
                _action(context);
            }
            catch (Exception exception) when (SocialCompilationContext.ShouldWrap(exception))
            {
                throw new AnalyzerCallbackException(_ruleId, context.Operation.Syntax.GetLocation(), exception);
            }
        }
    }
}
