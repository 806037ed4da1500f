using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>A constant piece of a message's text that holds a link: a string literal, or the text part of an interpolated string.</summary>
    internal sealed class LinkPiece
    {
        public LinkPiece(Location location, string link, bool editable = true)
        {
            Location = location;
            Link = link;
            Editable = editable;
        }

        /// <summary>The literal or interpolated-string text, possibly in another file (a const declared elsewhere).</summary>
        public Location Location { get; }

        public string Link { get; }

        /// <summary>False for a const compiled into a referenced assembly: its text cannot be edited here.</summary>
        public bool Editable { get; }
    }

    /// <summary>
    /// Finds the links in the constant parts of a message's text: literals, interpolated strings, concatenations,
    /// conditionals, <c>const</c> fields and locals, locals assigned such text, <c>string.Format</c> / <c>string.Concat</c>,
    /// and the string arguments of a parameter object (<c>new PublishMessageParameters(text, id)</c>).
    /// </summary>
    internal sealed class MessageLinks
    {
        private const int MaxDepth = 6;

        private readonly Compilation _compilation;
        private readonly ImmutableHashSet<IMethodSymbol> _textComposers;

        public MessageLinks(Compilation compilation)
        {
            _compilation = compilation;
            var composers = ImmutableHashSet.CreateBuilder<IMethodSymbol>(SymbolEqualityComparer.Default);
            var stringType = compilation.GetSpecialType(SpecialType.System_String);
            foreach (var name in new[] { nameof(string.Format), nameof(string.Concat), nameof(string.Join) })
            {
                foreach (var member in stringType.GetMembers(name))
                {
                    if (member is IMethodSymbol method)
                    {
                        composers.Add(method);
                    }
                }
            }

            _textComposers = composers.ToImmutable();
        }

        public void Collect(IOperation text, List<LinkPiece> pieces, CancellationToken cancellationToken)
            => Visit(text, DirectMessages.EnclosingBody(text) ?? text, pieces, new HashSet<ISymbol>(SymbolEqualityComparer.Default), MaxDepth, cancellationToken);

        private void Visit(IOperation? operation, IOperation scope, List<LinkPiece> pieces, HashSet<ISymbol> visited, int depth, CancellationToken cancellationToken)
        {
            if (operation == null || depth <= 0)
            {
                return;
            }

            switch (RecipientFanOut.Unwrap(operation))
            {
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: string value } } literal:
                    AddIfLink(value, literal.Syntax, pieces);
                    break;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string textPart } })
                        {
                            AddIfLink(textPart, part.Syntax, pieces);
                        }
                        else if (part is IInterpolationOperation interpolation)
                        {
                            Visit(interpolation.Expression, scope, pieces, visited, depth - 1, cancellationToken);
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    Visit(binary.LeftOperand, scope, pieces, visited, depth - 1, cancellationToken);
                    Visit(binary.RightOperand, scope, pieces, visited, depth - 1, cancellationToken);
                    break;
                case IConditionalOperation conditional:
                    Visit(conditional.WhenTrue, scope, pieces, visited, depth - 1, cancellationToken);
                    Visit(conditional.WhenFalse, scope, pieces, visited, depth - 1, cancellationToken);
                    break;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, scope, pieces, visited, depth - 1, cancellationToken);
                    Visit(coalesce.WhenNull, scope, pieces, visited, depth - 1, cancellationToken);
                    break;
                case IFieldReferenceOperation { Field: { IsConst: true } field } reference when visited.Add(field):
                    var declared = ConstInitializer(field, cancellationToken);
                    if (declared != null)
                    {
                        Visit(declared, scope, pieces, visited, depth - 1, cancellationToken);
                    }
                    else if (field.ConstantValue is string external && LinkFinder.TryFind(external, 0, out var start, out var length))
                    {
                        pieces.Add(new LinkPiece(reference.Syntax.GetLocation(), external.Substring(start, length), editable: false));
                    }

                    break;
                case ILocalReferenceOperation local when visited.Add(local.Local):
                    foreach (var assigned in ValueOrigins.AssignedValues(local.Local, scope))
                    {
                        Visit(assigned, scope, pieces, visited, depth - 1, cancellationToken);
                    }

                    break;
                case IInvocationOperation invocation when _textComposers.Contains(invocation.TargetMethod.OriginalDefinition):
                    VisitArguments(invocation.Arguments, scope, pieces, visited, depth, cancellationToken);
                    break;
                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues)
                    {
                        Visit(element, scope, pieces, visited, depth - 1, cancellationToken);
                    }

                    break;
                case IObjectCreationOperation creation when depth == MaxDepth:
                    // A parameter object passed as the message: its text arguments and text properties.
                    VisitArguments(creation.Arguments, scope, pieces, visited, depth, cancellationToken);
                    if (creation.Initializer != null)
                    {
                        foreach (var initializer in creation.Initializer.Initializers)
                        {
                            if (initializer is ISimpleAssignmentOperation { Type.SpecialType: SpecialType.System_String } assignment)
                            {
                                Visit(assignment.Value, scope, pieces, visited, depth - 1, cancellationToken);
                            }
                        }
                    }

                    break;
            }
        }

        private void VisitArguments(ImmutableArray<IArgumentOperation> arguments, IOperation scope, List<LinkPiece> pieces, HashSet<ISymbol> visited, int depth, CancellationToken cancellationToken)
        {
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    Visit(argument.Value, scope, pieces, visited, depth - 1, cancellationToken);
                }
            }
        }

        private static void AddIfLink(string value, SyntaxNode syntax, List<LinkPiece> pieces)
        {
            if (LinkFinder.TryFind(value, 0, out var start, out var length))
            {
                pieces.Add(new LinkPiece(syntax.GetLocation(), value.Substring(start, length)));
            }
        }

        /// <summary>The initializer of a const field, which may be declared in another file.</summary>
        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030", Justification = "A const may be declared in another tree; its initializer is read once per message text that uses it.")]
        private IOperation? ConstInitializer(IFieldSymbol field, CancellationToken cancellationToken)
        {
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
                    && _compilation.ContainsSyntaxTree(declarator.SyntaxTree))
                {
                    return _compilation.GetSemanticModel(declarator.SyntaxTree).GetOperation(initializer.Value, cancellationToken);
                }
            }

            return null;
        }
    }
}
