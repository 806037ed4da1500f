using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// The one public post that can replace a fan-out of identical private messages: a call the catalog marks
    /// <c>public-alternative</c> in the same library (Tweetinvi <c>client.Tweets.PublishTweetAsync(text)</c>, Discord
    /// <c>guild.SystemChannel.SendMessageAsync(text)</c>), on a receiver that exists outside the fan-out, with the same text.
    /// </summary>
    internal static class PublicPost
    {
        /// <summary>The replacement statement and the statement it replaces, or null when no faithful replacement exists.</summary>
        public static (string Text, Location Replaced)? Build(IInvocationOperation send, FanOut fanOut, IOperation content, SocialApiIndex index, Compilation compilation)
        {
            var alternatives = index.MembersWithRole(SocialRole.PublicAlternative, LibraryRoot.Of(send.TargetMethod));
            if (alternatives.IsEmpty || !BodyIsOnlyTheSend(fanOut, send))
            {
                return null;
            }

            var replaced = ReplaceableStatement(fanOut);
            if (replaced == null || ReferencesInside(content, fanOut.Construct))
            {
                return null;
            }

            var isAsync = send.SemanticModel?.GetEnclosingSymbol(replaced.Syntax.SpanStart) is IMethodSymbol { IsAsync: true };
            foreach (var alternative in alternatives)
            {
                if (alternative is not IMethodSymbol method || method.IsGenericMethod)
                {
                    continue;
                }

                var awaitable = IsAwaitable(method.ReturnType, compilation);
                if (awaitable && !isAsync)
                {
                    continue;
                }

                // An extension alternative is called on a receiver of its first parameter's type, like an instance method.
                var receiverType = method.IsExtensionMethod ? method.Parameters[0].Type as INamedTypeSymbol : method.ContainingType;
                var arguments = Arguments(method, index, content.Syntax.ToString());
                var receiver = method.IsStatic && !method.IsExtensionMethod
                    ? (send.SemanticModel == null
                        ? method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                        : method.ContainingType.ToMinimalDisplayString(send.SemanticModel, replaced.Syntax.SpanStart))
                    : receiverType == null ? null : Receiver(send, fanOut, receiverType, index, compilation);
                if (arguments == null || receiver == null)
                {
                    continue;
                }

                var text = (awaitable ? "await " : string.Empty) + receiver + "." + method.Name + "(" + arguments + ");";
                return (text, replaced.Syntax.GetLocation());
            }

            return null;
        }

        /// <summary>The foreach or for statement, or the expression statement that starts the per-element delegate (<c>await Task.WhenAll(users.Select(...));</c>).</summary>
        private static IOperation? ReplaceableStatement(FanOut fanOut)
        {
            switch (fanOut.Construct)
            {
                case IForEachLoopOperation:
                case IForLoopOperation:
                    return fanOut.Construct;
                case ILoopOperation:
                    // A while condition such as queue.TryDequeue(out var user) does work that removing the loop would lose.
                    return null;
            }

            for (var current = fanOut.Construct.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case IExpressionStatementOperation statement:
                        return statement;
                    case IArgumentOperation:
                    case IInvocationOperation:
                    case IAwaitOperation:
                    case IConversionOperation:
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>Replacing the loop must lose nothing: its body is the send and only the send.</summary>
        private static bool BodyIsOnlyTheSend(FanOut fanOut, IInvocationOperation send)
        {
            IOperation? single = null;
            if (fanOut.Body is IBlockOperation block)
            {
                foreach (var operation in block.Operations)
                {
                    if (operation is IReturnOperation { IsImplicit: true, ReturnedValue: null })
                    {
                        continue;
                    }

                    if (single != null)
                    {
                        return false;
                    }

                    single = operation;
                }
            }
            else
            {
                single = fanOut.Body;
            }

            var value = single switch
            {
                IExpressionStatementOperation statement => statement.Operation,
                IReturnOperation { ReturnedValue: { } returned } => returned,
                _ => null,
            };
            while (value is IAwaitOperation or IConversionOperation)
            {
                value = value is IAwaitOperation awaited ? awaited.Operation : ((IConversionOperation)value).Operand;
            }

            return value == send;
        }

        /// <summary>The content as the alternative's text argument; every other parameter must be optional.</summary>
        private static string? Arguments(IMethodSymbol method, SocialApiIndex index, string contentText)
        {
            var contentName = index.Find(method).ContentParameter;
            IParameterSymbol? contentParameter = null;
            foreach (var parameter in method.Parameters)
            {
                if (method.IsExtensionMethod && parameter.Ordinal == 0)
                {
                    continue;
                }

                if (contentParameter == null && (contentName != null ? parameter.Name == contentName : parameter.Type.SpecialType == SpecialType.System_String))
                {
                    contentParameter = parameter;
                }
                else if (!parameter.IsOptional && !parameter.IsParams)
                {
                    return null;
                }
            }

            if (contentParameter == null)
            {
                return null;
            }

            var first = method.IsExtensionMethod ? 1 : 0;
            return contentParameter.Ordinal == first ? contentText : contentParameter.Name + ": " + contentText;
        }

        /// <summary>
        /// An expression, valid where the loop stood, for an object the alternative can be called on: the send's receiver
        /// or the collection (or an object they hang off), itself or through a property that is a public place of the
        /// community (a guild's system channel) or whose type is exactly the alternative's (a Twitter client's Tweets).
        /// </summary>
        private static string? Receiver(IInvocationOperation send, FanOut fanOut, INamedTypeSymbol target, SocialApiIndex index, Compilation compilation)
        {
            var sendReceiver = send.Instance ?? (send.TargetMethod.IsExtensionMethod && send.Arguments.Length > 0 ? send.Arguments[0].Value : null);
            return FromChain(sendReceiver, fanOut, target, index, compilation) ?? FromChain(fanOut.Collection, fanOut, target, index, compilation);
        }

        private static string? FromChain(IOperation? start, FanOut fanOut, INamedTypeSymbol target, SocialApiIndex index, Compilation compilation)
        {
            for (var candidate = start == null ? null : RecipientFanOut.Unwrap(start); candidate != null; candidate = InstanceOf(candidate))
            {
                if (candidate.Type == null || candidate.IsImplicit || ReferencesInside(candidate, fanOut.Construct))
                {
                    continue;
                }

                var text = candidate.Syntax.ToString();
                if (Converts(candidate.Type, target, compilation))
                {
                    return text;
                }

                var property = PropertyLeadingTo(candidate.Type, target, index, compilation);
                if (property != null)
                {
                    return text + "." + property.Name;
                }
            }

            return null;
        }

        private static IOperation? InstanceOf(IOperation operation)
        {
            var instance = operation switch
            {
                IMemberReferenceOperation member => member.Instance,
                IInvocationOperation invocation => invocation.Instance
                    ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null),
                IAwaitOperation awaited => awaited.Operation,
                _ => null,
            };
            return instance == null ? null : RecipientFanOut.Unwrap(instance);
        }

        /// <summary>
        /// A property leading to the alternative's receiver: the public place the catalog lists first (a guild's system
        /// channel before its default channel), else a property of exactly that type.
        /// </summary>
        private static IPropertySymbol? PropertyLeadingTo(ITypeSymbol type, INamedTypeSymbol target, SocialApiIndex index, Compilation compilation)
        {
            IPropertySymbol? place = null;
            (string Path, int Line) placeOrder = default;
            IPropertySymbol? exactType = null;
            foreach (var owner in TypeAndBases(type))
            {
                foreach (var member in owner.GetMembers())
                {
                    if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property
                        || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    var order = CatalogOrder(index.Find(property), SocialRole.PublicPlace);
                    if (order != null && Converts(property.Type, target, compilation)
                        && (place == null || IsEarlier(order.Value, placeOrder)))
                    {
                        place = property;
                        placeOrder = order.Value;
                    }

                    if (exactType == null && SymbolEqualityComparer.Default.Equals(property.Type.OriginalDefinition, target.OriginalDefinition))
                    {
                        exactType = property;
                    }
                }
            }

            return place ?? exactType;
        }

        private static (string Path, int Line)? CatalogOrder(SymbolRoles roles, SocialRole role)
        {
            foreach (var entry in roles.Entries)
            {
                if (entry.Role == role && !entry.IsConditional)
                {
                    return (entry.Source.Path, entry.Line);
                }
            }

            return null;
        }

        private static bool IsEarlier((string Path, int Line) a, (string Path, int Line) b)
        {
            var byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath < 0 : a.Line < b.Line;
        }

        private static System.Collections.Generic.IEnumerable<ITypeSymbol> TypeAndBases(ITypeSymbol type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                yield return current;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                yield return implemented;
            }
        }

        private static bool Converts(ITypeSymbol source, INamedTypeSymbol target, Compilation compilation)
        {
            if (source.TypeKind == TypeKind.Error)
            {
                return false;
            }

            var conversion = compilation.ClassifyCommonConversion(source, target);
            return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
        }

        /// <summary>Whether a value names a local or parameter declared inside <paramref name="construct"/> (the element, a body local).</summary>
        private static bool ReferencesInside(IOperation value, IOperation construct)
        {
            var span = construct.Syntax.Span;
            foreach (var operation in value.DescendantsAndSelf())
            {
                ISymbol? symbol = operation switch
                {
                    ILocalReferenceOperation local => local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };
                if (symbol == null)
                {
                    continue;
                }

                foreach (var reference in symbol.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == construct.Syntax.SyntaxTree && span.Contains(reference.Span))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsAwaitable(ITypeSymbol type, Compilation compilation)
        {
            var task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            var valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
            var valueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
            for (var current = type; current != null; current = current.BaseType)
            {
                var definition = current.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(definition, task)
                    || SymbolEqualityComparer.Default.Equals(definition, valueTask)
                    || SymbolEqualityComparer.Default.Equals(definition, valueTaskOfT))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
