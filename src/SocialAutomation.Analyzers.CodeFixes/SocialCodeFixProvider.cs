using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SocialAutomation.Analyzers.CodeFixes
{
    /// <summary>
    /// The shape every fix of this package shares: one rule, batch Fix All, and fixes registered per diagnostic
    /// from what the analyzer put in its properties (and, for a fix that needs it, the semantic model).
    /// </summary>
    public abstract class SocialCodeFixProvider : CodeFixProvider
    {
        protected SocialCodeFixProvider(string ruleId) => FixableDiagnosticIds = ImmutableArray.Create(ruleId);

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                await RegisterFixesAsync(context, diagnostic).ConfigureAwait(false);
            }
        }

        /// <summary>Registers the fixes for one diagnostic, or none when its properties do not allow a safe fix.</summary>
        protected virtual void RegisterFixes(CodeFixContext context, Diagnostic diagnostic)
        {
        }

        /// <summary>Overridden by a fix that needs the semantic model to decide whether it applies; others decide from the properties.</summary>
        protected virtual Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic)
        {
            RegisterFixes(context, diagnostic);
            return Task.CompletedTask;
        }
    }
}
