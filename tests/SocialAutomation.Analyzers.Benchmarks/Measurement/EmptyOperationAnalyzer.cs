using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// A baseline: operation actions on invocations, object creations and assignments that return at once. Its
    /// telemetry is what the driver charges any analyzer per callback, before the analyzer does anything.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    [SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "A baseline run only by the benchmark.")]
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "A baseline run only by the benchmark, never by a compiler.")]
    internal sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "BASELINE", "Empty operation action", "Empty operation action", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        }
    }
}
