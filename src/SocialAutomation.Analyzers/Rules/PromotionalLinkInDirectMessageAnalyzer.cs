using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA005: a direct message whose constant text carries a link, sent by automation rather than in answer to someone
    /// (see <see cref="InboundAnswers"/>). The diagnostic marks the text argument; its additional locations are the literals
    /// and interpolated-string parts holding the links, which the fix edits.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PromotionalLinkInDirectMessageAnalyzer : SocialAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PromotionalLinkInDirectMessage);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(SocialRole.DmSend | SocialRole.Send);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            var links = new MessageLinks(context.Compilation);
            var answers = new InboundAnswers(context.Compilation, index);
            context.RegisterOperationAction(c => Analyze(c, index, links, answers), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, SocialApiIndex index, MessageLinks links, InboundAnswers answers)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var roles = index.Find(invocation.TargetMethod, SocialRole.DmSend | SocialRole.Send);
            if (roles.IsEmpty || (roles.Unconditional & (SocialRole.DmSend | SocialRole.Send)) == 0 && !roles.HasConditions)
            {
                return;
            }

            // Links first: reading the text is cheaper than telling whether a send is private.
            var scope = DirectMessages.EnclosingBody(invocation) ?? invocation;
            var recipient = SendArguments.Recipient(invocation, roles, scope, out var namedByCatalog);
            var pieces = new List<LinkPiece>();
            IOperation? text = null;
            foreach (var value in TextValues(invocation, roles, recipient, scope))
            {
                var before = pieces.Count;
                links.Collect(value, pieces, context.CancellationToken);
                if (pieces.Count > before)
                {
                    text ??= value;
                }
            }

            if (pieces.Count == 0
                || !(DirectMessages.IsDirectMessage(invocation, index) || (namedByCatalog && IsPrivateConversation(recipient!, index)))
                || answers.IsAnswer(invocation, context.ContainingSymbol, context.CancellationToken))
            {
                return;
            }

            var location = text != null && text.Syntax.SyntaxTree == invocation.Syntax.SyntaxTree ? text.Syntax.GetLocation() : invocation.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PromotionalLinkInDirectMessage, location, Distinct(pieces), InvocationDisplay.Quoted(invocation), pieces[0].Link));
        }

        /// <summary>The text the catalog names; without it, the string arguments, or else the parameter objects passed.</summary>
        private static IEnumerable<IOperation> TextValues(IInvocationOperation invocation, SymbolRoles roles, IOperation? recipient, IOperation scope)
        {
            var content = SendArguments.Content(invocation, roles, recipient, scope);
            if (!content.IsEmpty || roles.ContentParameter != null)
            {
                return content;
            }

            var objects = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && RecipientFanOut.Unwrap(argument.Value) is IObjectCreationOperation)
                {
                    objects.Add(argument.Value);
                }
            }

            return objects;
        }

        /// <summary>
        /// A recipient the catalog names inside a message object is private when it is a user's address or a conversation
        /// a <c>dm-send</c> opened: SlackNet <c>PostMessage(new Message { Channel = await Conversations.Open(...) })</c>.
        /// </summary>
        private static bool IsPrivateConversation(IOperation recipient, SocialApiIndex index)
            => DirectMessages.AddressesUser(recipient, index) || SocialOrigins.Find(recipient, SocialRole.DmSend, index) != null;

        /// <summary>The pieces the fix can edit, once each: the additional locations of the diagnostic.</summary>
        private static IEnumerable<Location> Distinct(List<LinkPiece> pieces)
        {
            var seen = new HashSet<Location>();
            foreach (var piece in pieces)
            {
                if (piece.Editable && seen.Add(piece.Location))
                {
                    yield return piece.Location;
                }
            }
        }
    }
}
