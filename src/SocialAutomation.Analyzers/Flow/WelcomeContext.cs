using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Where a public welcome may find the joining user and the place they joined: the join-data guard of the DM, or the
    /// parameters the handler body reads (the user, the event args with its guild). The analyzer records only its span in
    /// the diagnostic; the code fix reads it back and works out the <see cref="PublicWelcomePlan"/>, which lists library
    /// types' properties: a cost only someone asking for the fix should pay, not every build.
    /// </summary>
    internal readonly struct WelcomeContext
    {
        public const string KindKey = "WelcomeContext";
        public const string SpanKey = "WelcomeContextSpan";
        private const string GuardKind = "guard";
        private const string BodyKind = "body";

        private WelcomeContext(IOperation operation, bool isGuard)
        {
            Operation = operation;
            IsGuard = isGuard;
        }

        public IOperation Operation { get; }

        public bool IsGuard { get; }

        public static WelcomeContext Guard(IOperation guard) => new WelcomeContext(guard, isGuard: true);

        public static WelcomeContext Body(IOperation body) => new WelcomeContext(body, isGuard: false);

        public ImmutableDictionary<string, string?> ToProperties()
        {
            var span = Operation.Syntax.Span;
            return ImmutableDictionary<string, string?>.Empty
                .Add(KindKey, IsGuard ? GuardKind : BodyKind)
                .Add(SpanKey, span.Start.ToString(CultureInfo.InvariantCulture) + ":" + span.Length.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>The context a diagnostic recorded, found again in <paramref name="model"/>; null when its code changed.</summary>
        public static WelcomeContext? FromProperties(ImmutableDictionary<string, string?> properties, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!properties.TryGetValue(KindKey, out var kind) || (kind != GuardKind && kind != BodyKind)
                || !properties.TryGetValue(SpanKey, out var spanText) || spanText == null)
            {
                return null;
            }

            var parts = spanText.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return null;
            }

            var root = model.SyntaxTree.GetRoot(cancellationToken);
            var span = new TextSpan(start, length);
            if (span.End > root.FullSpan.End)
            {
                return null;
            }

            // The innermost node of that span is the expression or body itself, not a wrapper (an argument) of the same span.
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            var operation = node.Span == span ? model.GetOperation(node, cancellationToken) : null;
            return operation == null ? null : new WelcomeContext(operation, kind == GuardKind);
        }

        /// <summary>The operations that may name the user or the place: the guard, or each parameter read in the body.</summary>
        public IEnumerable<IOperation> Candidates()
        {
            if (IsGuard)
            {
                yield return Operation;
                yield break;
            }

            foreach (var operation in Operation.DescendantsAndSelf())
            {
                if (operation is IParameterReferenceOperation parameter)
                {
                    yield return parameter;
                }
            }
        }
    }
}
