using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Flow.Mail;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA006: a message whose From or Sender is a no-reply address known at compile time, with no Reply-To that
    /// points somewhere people can write to.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NoReplySenderAnalyzer : SocialAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NoReplySender);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(SocialRole.EmailSender);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;

            // One address literal can feed several senders (From and Sender); it is reported once.
            var reported = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();
            context.RegisterOperationAction(c => Analyze(c, index, reported),
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        }

        private static void Analyze(OperationAnalysisContext context, SocialApiIndex index, ConcurrentDictionary<(SyntaxTree, TextSpan), byte> reported)
        {
            if (!SetsSender(context.Operation, index))
            {
                return;
            }

            var actions = new List<MailAction>(2);
            MailActions.Collect(context.Operation, index, actions);
            var root = OperationScope.Root(context.Operation);
            foreach (var action in actions)
            {
                if (action.Kind != MailActionKind.Sender || action.Value == null)
                {
                    continue;
                }

                var sender = ConstantAddress.Find(action.Value, root, index);
                if (sender == null)
                {
                    continue;
                }

                // The body's mail scope only for a no-reply sender: it reads every mail call of the body.
                var noReplyParts = RuleOptions.NoReplyLocalParts.Read(context.Options, sender.Operation.Syntax.SyntaxTree);
                if (!sender.HasLocalPart(noReplyParts) || HasRealReplyTo(action, sender, MailScope.Of(root, index), index, noReplyParts))
                {
                    continue;
                }

                var syntax = sender.Operation.Syntax;
                if (reported.TryAdd((syntax.SyntaxTree, syntax.Span), 0))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.NoReplySender, syntax.GetLocation(), sender.Address ?? syntax.ToString()));
                }
            }
        }

        /// <summary>Cheap first check: does this operation set a sender at all?</summary>
        private static bool SetsSender(IOperation operation, SocialApiIndex index)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    return index.Has(invocation, SocialRole.EmailSender);
                case IObjectCreationOperation { Constructor: { } constructor }:
                    return index.Has(constructor, SocialRole.EmailSender);
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property }:
                    return index.Has(property.Property, SocialRole.EmailSender);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether the message gets a Reply-To people can write to: one not known to be a no-reply address nor the
        /// sender itself. A message this body does not see whole (a parameter, returned, handed to other code) may get
        /// one elsewhere, so it counts as having one; a send built from strings cannot have one.
        /// </summary>
        private static bool HasRealReplyTo(MailAction senderAction, ConstantAddress sender, MailScope scope, SocialApiIndex index, ImmutableArray<string> noReplyParts)
        {
            if (senderAction.Message == null)
            {
                return false;
            }

            var key = MailMessageKey.Of(senderAction.Message);
            if (key is not { } message || !scope.SeesWhole(message))
            {
                return true;
            }

            foreach (var replyTo in scope.ActionsOn(message, MailActionKind.ReplyTo))
            {
                var address = ConstantAddress.Find(replyTo.Value, scope.Root, index);
                if (address == null)
                {
                    return true;
                }

                var sameAsSender = address.Address != null && sender.Address != null
                    && string.Equals(address.Address, sender.Address, System.StringComparison.OrdinalIgnoreCase);
                if (!sameAsSender && !address.HasLocalPart(noReplyParts))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
