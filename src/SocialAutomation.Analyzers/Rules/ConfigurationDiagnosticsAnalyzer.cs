using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA901-SMA904: configuration that would otherwise do nothing silently — bad user catalog lines (reported at
    /// their file and line), user entries that resolve to no symbol, and invalid .editorconfig option values.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationDiagnosticsAnalyzer : SocialAnalyzer
    {
        private const int MaxQuotedValueLength = 100;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.CatalogMalformedLine,
            Descriptors.CatalogUnknownRoleOrOption,
            Descriptors.CatalogUnresolvedSymbol,
            Descriptors.InvalidOptionValue);

        internal override bool IsApplicable(SocialApiIndex index) => true;

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var problems = context.Index.Problems;
            if (!problems.IsEmpty)
            {
                context.RegisterAdditionalFileAction(c =>
                {
                    foreach (var problem in problems)
                    {
                        if (problem.Source.Path == c.AdditionalFile.Path)
                        {
                            c.ReportDiagnostic(Diagnostic.Create(DescriptorFor(problem.Kind), problem.Source.GetLocation(problem.Line), problem.Detail));
                        }
                    }
                });
            }

            var reportedOptions = new ConcurrentDictionary<(string, string), byte>();
            context.RegisterSyntaxTreeAction(c =>
            {
                var values = c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.Tree);
                foreach (var option in RuleOptions.All)
                {
                    if (values.TryGetValue(option.Key, out var text) && !option.IsValid(text) && reportedOptions.TryAdd((option.Key, text), 0))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOptionValue, Location.None, option.Key, Shorten(text), option.DefaultText));
                    }
                }
            });
        }

        /// <summary>A pasted blob as an option value should not become a megabyte-long message.</summary>
        private static string Shorten(string value)
            => value.Length <= MaxQuotedValueLength ? value : value.Substring(0, MaxQuotedValueLength) + "...";

        private static DiagnosticDescriptor DescriptorFor(CatalogProblemKind kind)
            => kind switch
            {
                CatalogProblemKind.UnknownRole or CatalogProblemKind.UnknownOption => Descriptors.CatalogUnknownRoleOrOption,
                CatalogProblemKind.UnresolvedSymbol => Descriptors.CatalogUnresolvedSymbol,
                _ => Descriptors.CatalogMalformedLine,
            };
    }
}
