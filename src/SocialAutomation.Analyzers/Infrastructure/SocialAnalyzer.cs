using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>
    /// The one setup every rule shares: concurrent, generated code not analysed, the catalog index resolved at compilation
    /// start, and nothing registered when the compilation lacks the roles the rule needs.
    /// </summary>
    public abstract class SocialAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is not analysed (the driver skips generated files and [GeneratedCode] members), so nothing
            // is ever reported there. Without ReportDiagnostics the driver would also check every reported location by
            // walking every token of its file for a GeneratedCode attribute: a quarter of the rules' time in the benchmark.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
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
