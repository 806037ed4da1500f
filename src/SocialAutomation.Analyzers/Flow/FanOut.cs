using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>A construct that runs its body once per element of a collection: a loop, or a per-element delegate.</summary>
    internal sealed class FanOut
    {
        public FanOut(IOperation construct, IOperation? collection, IOperation body, ImmutableArray<ISymbol> elementSymbols)
        {
            Construct = construct;
            Collection = collection;
            Body = body;
            ElementSymbols = elementSymbols;
        }

        /// <summary>The loop statement, or the invocation (<c>Select</c>, <c>Parallel.ForEach</c>) that takes the per-element delegate.</summary>
        public IOperation Construct { get; }

        /// <summary>What is iterated, when it can be told (the foreach collection, the source of <c>Select</c>).</summary>
        public IOperation? Collection { get; }

        /// <summary>The part that runs once per element.</summary>
        public IOperation Body { get; }

        /// <summary>The iteration variable, index, or delegate parameter that stands for the current element.</summary>
        public ImmutableArray<ISymbol> ElementSymbols { get; }

        public bool IsLoopStatement => Construct is Microsoft.CodeAnalysis.Operations.ILoopOperation;

        /// <summary>The type of the current element (the foreach variable, the delegate's first parameter), when there is one.</summary>
        public ITypeSymbol? ElementType => ElementSymbols.IsDefaultOrEmpty ? null : ElementSymbols[0] switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
    }
}
