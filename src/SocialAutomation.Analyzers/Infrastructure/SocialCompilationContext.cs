using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Infrastructure
{
    /// <summary>
    /// A compilation-start context with the index, whose registrations carry the rule ID, file and line
    /// into any exception, so a failure reads as more than a bare AD0001.
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

        public CompilationStartAnalysisContext Start { get; }

        public SocialApiIndex Index { get; }

        public Compilation Compilation => Start.Compilation;

        public AnalyzerOptions Options => Start.Options;

        public void RegisterOperationAction(Action<OperationAnalysisContext> action, params OperationKind[] kinds)
            => Start.RegisterOperationAction(c => Run(action, c, c.Operation.Syntax), kinds);

        public void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            => Start.RegisterOperationBlockAction(c => Run(action, c, c.OwningSymbol));

        public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params SymbolKind[] kinds)
            => Start.RegisterSymbolAction(c => Run(action, c, c.Symbol.Locations.IsEmpty ? null : c.Symbol.Locations[0]), kinds);

        public void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
            => Start.RegisterCompilationEndAction(c => Run(action, c, (Location?)null));

        public void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => Start.RegisterAdditionalFileAction(c => Run(action, c, (Location?)null));

        // The node and the symbol become a location only on failure: a Location per callback would be garbage on every operation.
        private void Run<TContext>(Action<TContext> action, TContext context, SyntaxNode node)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new AnalyzerCallbackException(_ruleId, node.GetLocation(), exception);
            }
        }

        private void Run<TContext>(Action<TContext> action, TContext context, ISymbol symbol)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new AnalyzerCallbackException(_ruleId, symbol.Locations.IsEmpty ? null : symbol.Locations[0], exception);
            }
        }

        private void Run<TContext>(Action<TContext> action, TContext context, Location? location)
        {
            try
            {
                action(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new AnalyzerCallbackException(_ruleId, location, exception);
            }
        }
    }
}
