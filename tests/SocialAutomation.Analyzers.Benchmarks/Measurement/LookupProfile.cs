using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Benchmarks.Corpus;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The index lookup every rule starts with, alone: over every invocation, creation and assignment of a compiled
    /// corpus, twice (first sight of each symbol, then warm), to see what a bail-out costs.
    /// </summary>
    internal static class LookupProfile
    {
        public static string Run(SourceCorpus corpus, bool compileFirst = true)
        {
            var compilation = corpus.Parse();
            if (compileFirst)
            {
                compilation.GetDiagnostics();
            }

            var index = SocialApiIndexBuilder.Build(compilation, ImmutableArray<AdditionalText>.Empty, CancellationToken.None);
            var symbols = new List<ISymbol>();
            var interleavedMs = 0.0;
            var interleavedBytes = 0L;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax && model.GetOperation(node) is { } body)
                    {
                        var before = symbols.Count;
                        foreach (var operation in body.DescendantsAndSelf())
                        {
                            ISymbol? symbol = operation switch
                            {
                                IInvocationOperation invocation => invocation.TargetMethod,
                                IObjectCreationOperation creation => creation.Constructor,
                                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Property,
                                _ => null,
                            };
                            if (symbol != null)
                            {
                                symbols.Add(symbol);
                            }
                        }

                        if (!compileFirst)
                        {
                            // As in the driver: look up a body's symbols right after binding it, before the rest is compiled.
                            var pending = symbols.GetRange(before, symbols.Count - before);
                            var (ms, bytes) = Pass(index, pending);
                            interleavedMs += ms;
                            interleavedBytes += bytes;
                        }
                    }
                }
            }

            if (!compileFirst)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"Lookups on {corpus.Name}, each body right after it is bound: {symbols.Count:N0} symbols, {interleavedMs:0.00} ms, {interleavedBytes:N0} bytes");
            }

            var first = Pass(index, symbols);
            var second = Pass(index, symbols);
            return string.Create(CultureInfo.InvariantCulture,
                $"Lookups on {corpus.Name}: {symbols.Count:N0} symbols; first pass {first.Ms:0.00} ms, {first.Bytes:N0} bytes; second pass {second.Ms:0.00} ms, {second.Bytes:N0} bytes");
        }

        private static (double Ms, long Bytes) Pass(SocialApiIndex index, List<ISymbol> symbols)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var roles = SocialRole.None;
            foreach (var symbol in symbols)
            {
                roles |= index.Find(symbol).Unconditional;
            }

            GC.KeepAlive(roles);
            return (clock.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }
    }
}
