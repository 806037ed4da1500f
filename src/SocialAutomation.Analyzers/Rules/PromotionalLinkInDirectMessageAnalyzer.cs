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
            var roles = index.Find(invocation.TargetMethod);
            if (roles.IsEmpty || (roles.Unconditional & (SocialRole.DmSend | SocialRole.Send)) == 0 && !roles.HasConditions)
            {
                return;
            }

            // Links first: reading the text is cheaper than telling whether a send is private.
            var pieces = new List<LinkPiece>();
            IArgumentOperation? textArgument = null;
            foreach (var argument in TextArguments(invocation, roles))
            {
                var before = pieces.Count;
                links.Collect(argument.Value, pieces, context.CancellationToken);
                if (pieces.Count > before)
                {
                    textArgument ??= argument;
                }
            }

            if (pieces.Count == 0
                || !(DirectMessages.IsDirectMessage(invocation, index) || PostsToOpenedConversation(invocation, index))
                || answers.IsAnswer(invocation, context.ContainingSymbol, context.CancellationToken))
            {
                return;
            }

            var location = textArgument?.Value.Syntax.GetLocation() ?? invocation.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PromotionalLinkInDirectMessage, location, Distinct(pieces), InvocationDisplay.Quoted(invocation), pieces[0].Link));
        }

        /// <summary>
        /// A <c>send</c> into a private conversation opened by a <c>dm-send</c> call: SlackNet
        /// <c>PostMessage(new Message { Channel = await Conversations.Open(...) })</c>, idunno.Bluesky's conversation id.
        /// </summary>
        private static bool PostsToOpenedConversation(IInvocationOperation invocation, SocialApiIndex index)
        {
            if ((index.RolesOf(invocation) & SocialRole.Send) == 0)
            {
                return false;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && SocialOrigins.Find(argument.Value, SocialRole.DmSend, index) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The argument named by <c>content=</c>; without one, the text arguments and parameter objects.</summary>
        private static IEnumerable<IArgumentOperation> TextArguments(IInvocationOperation invocation, SymbolRoles roles)
        {
            var content = DirectMessages.ContentArgument(invocation, roles);
            if (content != null)
            {
                yield return content;
                yield break;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument.Value.Type?.SpecialType == SpecialType.System_String || RecipientFanOut.Unwrap(argument.Value) is IObjectCreationOperation)
                {
                    yield return argument;
                }
            }
        }

        private static IEnumerable<Location> Distinct(List<LinkPiece> pieces)
        {
            var seen = new HashSet<Location>();
            foreach (var piece in pieces)
            {
                if (seen.Add(piece.Location))
                {
                    yield return piece.Location;
                }
            }
        }
    }
}
