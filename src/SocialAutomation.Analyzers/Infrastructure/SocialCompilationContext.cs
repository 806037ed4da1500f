using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>
    /// A compilation-start context with the index, whose registrations carry the rule ID, file and line
    /// into any exception, so a failure reads as more than a bare AD0001. Rules register only through these
    /// methods (a reliability test checks that no rule calls <c>Start.Register...</c> directly).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1012", Justification = "Registrations are forwarded to the start context by the Register methods.")]
    internal sealed class SocialCompilationContext
    {
        private readonly string _ruleId;

        public SocialCompilationContext(CompilationStartAnalysisContext start, SocialApiIndex index, string ruleId)
        {
            Start = start;
            Index = index;
            _ruleId = ruleId;
        }

        /// <summary>The underlying context, for what is not a registration (options, cancellation).</summary>
        public CompilationStartAnalysisContext Start { get; }

        public SocialApiIndex Index { get; }

        public Compilation Compilation => Start.Compilation;

        public AnalyzerOptions Options => Start.Options;

        /// <remarks>
        /// Operation callbacks are most callbacks, so theirs is a bound instance method: no generic shared code, no
        /// extra copy of the context, and the operation's syntax read only on failure.
        /// </remarks>
        public void RegisterOperationAction(Action<OperationAnalysisContext> action, params OperationKind[] kinds)
            => Start.RegisterOperationAction(new OperationCallback(action, _ruleId).Run, kinds);

        public void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            => Start.RegisterOperationBlockAction(c => Run(action, c, c.OwningSymbol, DescribeSymbol));

        public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params SymbolKind[] kinds)
            => Start.RegisterSymbolAction(c => Run(action, c, c.Symbol, DescribeSymbol), kinds);

        public void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, params TLanguageKindEnum[] kinds)
            where TLanguageKindEnum : struct
            => Start.RegisterSyntaxNodeAction(c => Run(action, c, c.Node, DescribeNode), kinds);

        public void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            => Start.RegisterSyntaxTreeAction(c => Run(action, c, c.Tree, DescribeTree));

        public void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            => Start.RegisterSemanticModelAction(c => Run(action, c, c.SemanticModel.SyntaxTree, DescribeTree));

        public void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
            => Start.RegisterCompilationEndAction(c => Run(action, c, c.Compilation, DescribeCompilationEnd));

        public void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => Start.RegisterAdditionalFileAction(c => Run(action, c, c.AdditionalFile, DescribeAdditionalFile));

        private static readonly Func<SyntaxNode, string> DescribeNode = node => AnalyzerCallbackException.Describe(node.GetLocation());

        private static readonly Func<ISymbol, string> DescribeSymbol = symbol => AnalyzerCallbackException.Describe(symbol.Locations.IsEmpty ? null : symbol.Locations[0]);

        private static readonly Func<SyntaxTree, string> DescribeTree = tree => AnalyzerCallbackException.Describe(Location.Create(tree, new TextSpan(0, 0)));

        private static readonly Func<Compilation, string> DescribeCompilationEnd = compilation => $"compilation '{compilation.AssemblyName}' (at its end)";

        private static readonly Func<AdditionalText, string> DescribeAdditionalFile = file => AnalyzerCallbackException.Describe(Location.Create(file.Path, default, default));

        /// <summary>
        /// Runs one callback; where it ran is worked out only on failure, since a location or a symbol's location array
        /// costs an allocation that every successful callback would otherwise pay.
        /// </summary>
        private void Run<TContext, TPlace>(Action<TContext> action, TContext context, TPlace place, Func<TPlace, string> describe)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (ShouldWrap(exception))
            {
                throw new AnalyzerCallbackException(_ruleId, describe(place), exception);
            }
        }

        /// <summary>Cancellation passes through; an exception already wrapped (a nested registration) is not wrapped twice.</summary>
        internal static bool ShouldWrap(Exception exception)
            => exception is not OperationCanceledException && exception is not AnalyzerCallbackException;
    }
}
