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

        public void RegisterOperationAction(Action<OperationAnalysisContext> action, params OperationKind[] kinds)
            => Start.RegisterOperationAction(c => Run(action, c, c.Operation.Syntax), kinds);

        public void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            => Start.RegisterOperationBlockAction(c => Run(action, c, c.OwningSymbol));

        public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params SymbolKind[] kinds)
            => Start.RegisterSymbolAction(c => Run(action, c, c.Symbol), kinds);

        public void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, params TLanguageKindEnum[] kinds)
            where TLanguageKindEnum : struct
            => Start.RegisterSyntaxNodeAction(c => Run(action, c, c.Node), kinds);

        public void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            => Start.RegisterSyntaxTreeAction(c => Run(action, c, Location.Create(c.Tree, new TextSpan(0, 0))));

        public void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            => Start.RegisterSemanticModelAction(c => Run(action, c, Location.Create(c.SemanticModel.SyntaxTree, new TextSpan(0, 0))));

        public void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
            => Start.RegisterCompilationEndAction(c => Run(action, c, $"compilation '{c.Compilation.AssemblyName}' (at its end)"));

        public void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => Start.RegisterAdditionalFileAction(c => Run(action, c, Location.Create(c.AdditionalFile.Path, default, default)));

        private static Location? FirstLocation(ISymbol symbol) => symbol.Locations.IsEmpty ? null : symbol.Locations[0];

        private void Run<TContext>(Action<TContext> action, TContext context, SyntaxNode node)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (ShouldWrap(exception))
            {
                throw new AnalyzerCallbackException(_ruleId, AnalyzerCallbackException.Describe(node.GetLocation()), exception);
            }
        }

        /// <summary>The symbol's location is read only on failure: a source symbol builds its location array on each read.</summary>
        private void Run<TContext>(Action<TContext> action, TContext context, ISymbol symbol)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (ShouldWrap(exception))
            {
                throw new AnalyzerCallbackException(_ruleId, AnalyzerCallbackException.Describe(FirstLocation(symbol)), exception);
            }
        }

        private void Run<TContext>(Action<TContext> action, TContext context, Location? location)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (ShouldWrap(exception))
            {
                throw new AnalyzerCallbackException(_ruleId, AnalyzerCallbackException.Describe(location), exception);
            }
        }

        private void Run<TContext>(Action<TContext> action, TContext context, string where)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (ShouldWrap(exception))
            {
                throw new AnalyzerCallbackException(_ruleId, where, exception);
            }
        }

        /// <summary>Cancellation passes through; an exception already wrapped (a nested registration) is not wrapped twice.</summary>
        internal static bool ShouldWrap(Exception exception)
            => exception is not OperationCanceledException && exception is not AnalyzerCallbackException;
    }
}
