using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// What a schedule runs: code to scan (a lambda, a handler, a loop body) and methods to follow (a job's
    /// <c>Execute</c>, an invocable's <c>Invoke</c>, a method-group callback).
    /// </summary>
    internal sealed class ScheduledWork
    {
        private readonly HashSet<IMethodSymbol> _methods = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        public List<IOperation> Bodies { get; } = new List<IOperation>();

        public List<IMethodSymbol> Methods { get; } = new List<IMethodSymbol>();

        public bool IsEmpty => Bodies.Count == 0 && Methods.Count == 0;

        public void AddBody(IOperation body)
        {
            if (!Bodies.Contains(body))
            {
                Bodies.Add(body);
            }
        }

        public void AddMethod(IMethodSymbol method)
        {
            if (_methods.Add(method.OriginalDefinition))
            {
                Methods.Add(method.OriginalDefinition);
            }
        }
    }
}
