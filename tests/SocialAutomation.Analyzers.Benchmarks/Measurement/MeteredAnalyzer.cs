using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// Wraps an analyzer so that every callback it registers is counted and its allocations measured on its thread.
    /// Used in a separate run from the timed ones: the wrapping itself is cheap but not free.
    /// </summary>
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001", Justification = "A wrapper built at run time around a real analyzer, never loaded by a compiler.")]
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1025", Justification = "The wrapped analyzer configures generated code analysis through the forwarded context.")]
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1026", Justification = "The wrapped analyzer enables concurrent execution through the forwarded context.")]
    [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1012", Justification = "The start context forwards every registration to the driver's own.")]
    internal sealed class MeteredAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;
        private readonly string _name;
        private readonly CallbackMeter _meter;

        public MeteredAnalyzer(DiagnosticAnalyzer inner, string name, CallbackMeter meter)
        {
            _inner = inner;
            _name = name;
            _meter = meter;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new MeteredAnalysisContext(context, _name, _meter));

        private sealed class MeteredAnalysisContext : AnalysisContext
        {
            private readonly AnalysisContext _inner;
            private readonly string _name;
            private readonly CallbackMeter _meter;

            public MeteredAnalysisContext(AnalysisContext inner, string name, CallbackMeter meter)
            {
                _inner = inner;
                _name = name;
                _meter = meter;
            }

            public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
                var counter = _meter.For(_name, CallbackKind.CompilationStart);
                _inner.RegisterCompilationStartAction(c => CallbackMeter.Measure(counter, action, new MeteredCompilationStartContext(c, _name, _meter)));
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
                => _inner.RegisterCompilationAction(Metered(action, CallbackKind.CompilationEnd));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
                => _inner.RegisterSemanticModelAction(Metered(action, CallbackKind.PerTree));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
                => _inner.RegisterSymbolAction(Metered(action, CallbackKind.PerSymbol), symbolKinds);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
                => _inner.RegisterCodeBlockStartAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
                => _inner.RegisterCodeBlockAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
                => _inner.RegisterOperationBlockStartAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
                => _inner.RegisterOperationBlockAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
                => _inner.RegisterSyntaxTreeAction(Metered(action, CallbackKind.PerTree));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
                => _inner.RegisterAdditionalFileAction(Metered(action, CallbackKind.PerAdditionalFile));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => _inner.RegisterSyntaxNodeAction(Metered(action, CallbackKind.PerSyntaxNode), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
                => _inner.RegisterOperationAction(Metered(action, CallbackKind.PerOperation), operationKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
                => _inner.RegisterSymbolStartAction(Metered(action, CallbackKind.PerSymbol), symbolKind);

            private Action<T> Metered<T>(Action<T> action, CallbackKind kind)
            {
                var counter = _meter.For(_name, kind);
                return c => CallbackMeter.Measure(counter, action, c);
            }
        }

        private sealed class MeteredCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _inner;
            private readonly string _name;
            private readonly CallbackMeter _meter;

            public MeteredCompilationStartContext(CompilationStartAnalysisContext inner, string name, CallbackMeter meter)
                : base(inner.Compilation, inner.Options, inner.CancellationToken)
            {
                _inner = inner;
                _name = name;
                _meter = meter;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
                => _inner.RegisterCompilationEndAction(Metered(action, CallbackKind.CompilationEnd));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
                => _inner.RegisterSemanticModelAction(Metered(action, CallbackKind.PerTree));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
                => _inner.RegisterSymbolAction(Metered(action, CallbackKind.PerSymbol), symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
                => _inner.RegisterSymbolStartAction(Metered(action, CallbackKind.PerSymbol), symbolKind);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
                => _inner.RegisterCodeBlockStartAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
                => _inner.RegisterCodeBlockAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
                => _inner.RegisterOperationBlockStartAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
                => _inner.RegisterOperationBlockAction(Metered(action, CallbackKind.PerBlock));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
                => _inner.RegisterSyntaxTreeAction(Metered(action, CallbackKind.PerTree));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
                => _inner.RegisterAdditionalFileAction(Metered(action, CallbackKind.PerAdditionalFile));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
                => _inner.RegisterSyntaxNodeAction(Metered(action, CallbackKind.PerSyntaxNode), syntaxKinds);

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
                => _inner.RegisterOperationAction(Metered(action, CallbackKind.PerOperation), operationKinds);

            private Action<T> Metered<T>(Action<T> action, CallbackKind kind)
            {
                var counter = _meter.For(_name, kind);
                return c => CallbackMeter.Measure(counter, action, c);
            }
        }
    }
}
