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
            context.Start.RegisterSyntaxTreeAction(c =>
            {
                foreach (var option in RuleOptions.Integers)
                {
                    option.Read(c.Options, c.Tree, out var invalid);
                    if (invalid != null && reportedOptions.TryAdd((option.Key, invalid), 0))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOptionValue, Location.None, option.Key, invalid, option.Default));
                    }
                }

                foreach (var option in RuleOptions.Booleans)
                {
                    option.Read(c.Options, c.Tree, out var invalid);
                    if (invalid != null && reportedOptions.TryAdd((option.Key, invalid), 0))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOptionValue, Location.None, option.Key, invalid, option.Default ? "true" : "false"));
                    }
                }
            });
        }

        private static DiagnosticDescriptor DescriptorFor(CatalogProblemKind kind)
            => kind switch
            {
                CatalogProblemKind.UnknownRole or CatalogProblemKind.UnknownOption => Descriptors.CatalogUnknownRoleOrOption,
                CatalogProblemKind.UnresolvedSymbol => Descriptors.CatalogUnresolvedSymbol,
                _ => Descriptors.CatalogMalformedLine,
            };
    }
}
