using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>
    /// The one setup every rule shares: concurrent, generated code skipped, the catalog index resolved at compilation
    /// start, and nothing registered when the compilation lacks the roles the rule needs.
    /// </summary>
    public abstract class SocialAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var ruleId = SupportedDiagnostics[0].Id;
                try
                {
                    var index = SocialApiIndexBuilder.Get(start.Compilation, start.Options, start.CancellationToken);
                    if (IsApplicable(index))
                    {
                        OnCompilationStart(new SocialCompilationContext(start, index, ruleId));
                    }
                }
                catch (Exception exception) when (SocialCompilationContext.ShouldWrap(exception))
                {
                    throw new AnalyzerCallbackException(ruleId, $"compilation '{start.Compilation.AssemblyName}' (at its start)", exception);
                }
            });
        }

        /// <summary>Whether the compilation resolves the roles this rule looks for; when false the rule costs nothing more.</summary>
        internal abstract bool IsApplicable(SocialApiIndex index);

        internal abstract void OnCompilationStart(SocialCompilationContext context);
    }
}
