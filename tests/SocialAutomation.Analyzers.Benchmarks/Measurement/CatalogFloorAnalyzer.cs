using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// A floor: the least a catalog rule does where it applies. It builds the shared catalog index at compilation start
    /// and asks one name question of every call, as each rule's first check does (every rule looks at calls; some also
    /// at creations and assignments). Its telemetry is what a rule costs alone before any work of its own, to read the
    /// per-analyzer budget against. On code without a social library the rules register nothing and stay below it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    [SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "A reference run only by the benchmark.")]
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "A reference run only by the benchmark, never by a compiler.")]
    internal sealed class CatalogFloorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "FLOOR", "Catalog name test", "Catalog name test", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        /// <summary>Answers are counted so the name test cannot be dropped as dead code.</summary>
        private int _named;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var index = SocialApiIndexBuilder.Get(start.Compilation, start.Options, start.CancellationToken);
                start.RegisterOperationAction(c => Test((IInvocationOperation)c.Operation, index), OperationKind.Invocation);
            });
        }

        private void Test(IInvocationOperation invocation, SocialApiIndex index)
        {
            if (index.MayHave(invocation.TargetMethod, SocialRole.Send | SocialRole.DmSend))
            {
                _named++;
            }
        }
    }
}
