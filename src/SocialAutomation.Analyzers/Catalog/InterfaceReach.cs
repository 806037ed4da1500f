using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>
    /// Whether a type can implement one of the catalogued interfaces, from its assembly alone: only an assembly that is,
    /// or references (directly or through other references), an assembly declaring one of them can. Listing a metadata
    /// type's interfaces decodes its metadata, which the compiler seldom needs for framework types such as
    /// <c>string</c>; most parameter and receiver types are settled here without it.
    /// </summary>
    internal sealed class InterfaceReach
    {
        private readonly HashSet<IAssemblySymbol> _declaring = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _reaches = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);

        public InterfaceReach(IEnumerable<INamedTypeSymbol> types)
        {
            foreach (var type in types)
            {
                if (type.TypeKind == TypeKind.Interface && type.ContainingAssembly is { } assembly)
                {
                    _declaring.Add(assembly);
                }
            }
        }

        /// <summary>False only when <paramref name="type"/> cannot implement any catalogued interface.</summary>
        public bool MayImplementAny(ITypeSymbol type)
        {
            if (_declaring.Count == 0)
            {
                return false;
            }

            // Arrays, pointers and some error types have no assembly of their own: their interfaces are listed.
            if (type.ContainingAssembly is not { } assembly)
            {
                return true;
            }

            return _reaches.TryGetValue(assembly, out var known) ? known : Reaches(assembly, new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default), out _);
        }

        /// <param name="cut">Whether a reference cycle was cut below: a "no" is then not remembered, as it may not be final.</param>
        private bool Reaches(IAssemblySymbol assembly, HashSet<IAssemblySymbol> visiting, out bool cut)
        {
            cut = false;
            if (_reaches.TryGetValue(assembly, out var known))
            {
                return known;
            }

            if (_declaring.Contains(assembly))
            {
                return _reaches.GetOrAdd(assembly, true);
            }

            if (!visiting.Add(assembly))
            {
                cut = true;
                return false;
            }

            var reaches = false;
            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblySymbols)
                {
                    reaches = Reaches(referenced, visiting, out var referenceCut);
                    cut |= referenceCut;
                    if (reaches)
                    {
                        break;
                    }
                }

                if (reaches)
                {
                    break;
                }
            }

            visiting.Remove(assembly);
            return reaches || !cut || visiting.Count == 0 ? _reaches.GetOrAdd(assembly, reaches) : reaches;
        }
    }
}
