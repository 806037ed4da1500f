using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SocialAutomation.Analyzers.Rules;

namespace SocialAutomation.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// What the two shipped assemblies contain, found by reflection so the meta-tests cover every rule and fix as
    /// soon as it is added, without a list to keep up to date.
    /// </summary>
    public static class PackageInventory
    {
        public static Assembly AnalyzerAssembly => typeof(Descriptors).Assembly;

        public static Assembly CodeFixAssembly { get; } = Assembly.Load("SocialAutomation.Analyzers.CodeFixes");

        /// <summary>Every concrete analyzer marked [DiagnosticAnalyzer], sorted by name.</summary>
        public static ImmutableArray<Type> AnalyzerTypes { get; } = ConcreteSubclassesOf<DiagnosticAnalyzer>(AnalyzerAssembly)
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .ToImmutableArray();

        public static ImmutableArray<Type> CodeFixProviderTypes { get; } = ConcreteSubclassesOf<CodeFixProvider>(CodeFixAssembly).ToImmutableArray();

        /// <summary>Every diagnostic ID declared in <see cref="RuleIdentifiers"/>.</summary>
        public static ImmutableArray<string> RuleIds { get; } = typeof(RuleIdentifiers)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>Every descriptor declared in <see cref="Descriptors"/>.</summary>
        public static ImmutableArray<DiagnosticDescriptor> DeclaredDescriptors { get; } = typeof(Descriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        public static DiagnosticAnalyzer CreateAnalyzer(Type type) => (DiagnosticAnalyzer)Activator.CreateInstance(type)!;

        public static CodeFixProvider CreateCodeFixProvider(Type type) => (CodeFixProvider)Activator.CreateInstance(type)!;

        /// <summary>The descriptors some analyzer reports: the rules that exist, as opposed to IDs reserved for later.</summary>
        public static ImmutableArray<DiagnosticDescriptor> ImplementedDescriptors()
            => AnalyzerTypes
                .SelectMany(t => CreateAnalyzer(t).SupportedDiagnostics)
                .GroupBy(d => d.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The IDs some exported code fix provider fixes.</summary>
        public static ImmutableHashSet<string> FixableIds()
            => CodeFixProviderTypes
                .SelectMany(t => CreateCodeFixProvider(t).FixableDiagnosticIds)
                .ToImmutableHashSet(StringComparer.Ordinal);

        public static bool IsExportedForCSharp(Type codeFixProviderType)
        {
            var export = codeFixProviderType.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            return export != null
                && export.Languages.Contains(LanguageNames.CSharp)
                && codeFixProviderType.GetCustomAttribute<SharedAttribute>() != null;
        }

        private static IEnumerable<Type> ConcreteSubclassesOf<TBase>(Assembly assembly)
            => assembly.GetTypes()
                .Where(t => typeof(TBase).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }
}
