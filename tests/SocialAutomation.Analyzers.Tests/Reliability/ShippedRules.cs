using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.CodeFixes;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// Every analyzer and code fix the two shipped assemblies define, found by reflection so the reliability suite
    /// covers each rule as soon as it lands.
    /// </summary>
    internal static class ShippedRules
    {
        public static readonly Assembly AnalyzerAssembly = typeof(SocialAnalyzer).Assembly;

        public static readonly Assembly CodeFixAssembly = typeof(AutoDirectMessageOnFollowCodeFixProvider).Assembly;

        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Instantiate<DiagnosticAnalyzer>(AnalyzerAssembly, CodeFixAssembly);

        public static ImmutableArray<CodeFixProvider> Fixes { get; } = Instantiate<CodeFixProvider>(AnalyzerAssembly, CodeFixAssembly);

        /// <summary>The fix providers that handle a diagnostic ID.</summary>
        public static ImmutableArray<CodeFixProvider> FixesFor(string diagnosticId)
            => Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnosticId)).ToImmutableArray();

        private static ImmutableArray<T> Instantiate<T>(params Assembly[] assemblies)
            => assemblies
                .SelectMany(a => a.GetTypes())
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
