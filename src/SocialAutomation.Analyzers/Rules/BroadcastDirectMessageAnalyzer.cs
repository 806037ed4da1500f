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
    /// SMA002: a fan-out (loop, <c>Select</c>, <c>Parallel.ForEach</c>...) whose every iteration sends a private message to
    /// the current element with text that does not depend on that element: one message pushed to everybody.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BroadcastDirectMessageAnalyzer : SocialAnalyzer
    {
        /// <summary>Property holding the statement that posts the text once publicly; absent when the catalog offers no public alternative.</summary>
        public const string PublicPostProperty = "PublicPost";

        private const SocialRole PrivateSendRoles = SocialRole.DmSend | SocialRole.Send;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BroadcastDirectMessage);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(PrivateSendRoles);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            context.RegisterOperationAction(c => AnalyzeInvocation(c, index), OperationKind.Invocation);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SocialApiIndex index)
        {
            var send = (IInvocationOperation)context.Operation;
            var symbolRoles = index.Find(send.TargetMethod, PrivateSendRoles);
            if (symbolRoles.IsEmpty)
            {
                return;
            }

            var roles = symbolRoles.RolesFor(send);
            if ((roles & PrivateSendRoles) == 0)
            {
                return;
            }

            // The walk up to a loop or per-element lambda allocates only when it finds one; most sends are in neither.
            var innermost = RecipientFanOut.FindEnclosing(send, index);
            if (innermost == null || InboundItems.IsReply(send, roles, index))
            {
                return;
            }

            var scope = OperationScope.Root(send);
            var recipient = SendArguments.Recipient(send, symbolRoles, scope, out var recipientFromCatalog);
            if (recipient == null)
            {
                return;
            }

            var content = SendArguments.Content(send, symbolRoles, recipient, scope);
            if (content.IsEmpty)
            {
                return;
            }

            foreach (var fanOut in RecipientFanOut.Outward(innermost, index))
            {
                if (!RecipientFanOut.DependsOnElement(recipient, fanOut))
                {
                    // A retry or multi-part loop inside the recipient loop: keep looking outward.
                    continue;
                }

                if (!IsPrivate(roles, recipientFromCatalog, recipient, fanOut, index)
                    || InboundItems.IsInboundFanOut(fanOut, index, scope)
                    || AnyDependsOnElement(content, fanOut))
                {
                    return;
                }

                Report(context, send, fanOut, content, index);
                return;
            }
        }

        /// <summary>
        /// A dm-send is private by definition; a send is private when the catalog names its recipient parameter, or when its
        /// receiver is a private channel (opened by a dm-send, or of a type the catalog marks dm-send or user-address).
        /// </summary>
        private static bool IsPrivate(SocialRole roles, bool recipientFromCatalog, IOperation recipient, FanOut fanOut, SocialApiIndex index)
        {
            if ((roles & SocialRole.DmSend) != 0 || recipientFromCatalog)
            {
                return true;
            }

            return ValueOrigins.Reaches(recipient, fanOut.Body, operation =>
                (operation is IInvocationOperation opener && index.Has(opener, SocialRole.DmSend))
                || (index.RolesOfType(operation.Type) & (SocialRole.DmSend | SocialRole.UserAddress)) != 0);
        }

        private static bool AnyDependsOnElement(ImmutableArray<IOperation> content, FanOut fanOut)
        {
            foreach (var part in content)
            {
                if (RecipientFanOut.DependsOnElement(part, fanOut))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Report(OperationAnalysisContext context, IInvocationOperation send, FanOut fanOut, ImmutableArray<IOperation> content, SocialApiIndex index)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            var additionalLocations = ImmutableArray<Location>.Empty;
            if (content.Length == 1)
            {
                var post = PublicPost.Build(send, fanOut, content[0], index, context.Compilation);
                if (post != null)
                {
                    properties = properties.Add(PublicPostProperty, post.Value.Text);
                    additionalLocations = ImmutableArray.Create(post.Value.Replaced);
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BroadcastDirectMessage,
                send.Syntax.GetLocation(),
                additionalLocations,
                properties,
                OperationText.CalledMember(send),
                Describe(fanOut)));
        }

        private static string Describe(FanOut fanOut)
        {
            if (fanOut.Collection != null && !fanOut.Collection.IsImplicit)
            {
                return OperationText.Shorten(fanOut.Collection.Syntax.ToString());
            }

            return fanOut.ElementSymbols.IsDefaultOrEmpty ? "the loop" : fanOut.ElementSymbols[0].Name;
        }
    }
}
