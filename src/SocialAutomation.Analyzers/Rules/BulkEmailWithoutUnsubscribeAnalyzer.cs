using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow.Mail;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA007: mail sent to many people (a send per element of a collection, or one message with a collection of
    /// recipients) whose message never gets a List-Unsubscribe header.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BulkEmailWithoutUnsubscribeAnalyzer : SocialAnalyzer
    {
        /// <summary>Diagnostic.Properties keys read by the code fix.</summary>
        public const string MessageProperty = "Message";
        public const string HeaderMemberProperty = "HeaderMember";
        public const string HeaderMethodProperty = "HeaderMethod";
        public const string UnsubscribeValueProperty = "UnsubscribeValue";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BulkEmailWithoutUnsubscribe);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(SocialRole.EmailSend);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            var headers = new HeaderApi(index);
            context.RegisterOperationAction(c => Analyze(c, index, headers), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, SocialApiIndex index, HeaderApi headers)
        {
            var send = (IInvocationOperation)context.Operation;
            if (!index.Has(send, SocialRole.EmailSend))
            {
                return;
            }

            var actions = new List<MailAction>(3);
            MailActions.Collect(send, index, actions);
            MailAction? sendAction = null;
            foreach (var action in actions)
            {
                if (action.Kind == MailActionKind.Send)
                {
                    sendAction = action;
                }
            }

            if (sendAction == null)
            {
                return;
            }

            var scope = MailScope.Of(send, index);
            MailMessageKey? message = null;
            if (sendAction.Value != null)
            {
                // A message built elsewhere may have its header added there.
                message = MailMessageKey.Of(sendAction.Value);
                if (message is not { } built || !scope.SeesWhole(built))
                {
                    return;
                }
            }

            if (!BulkMail.IsBulk(send, message, scope, index) || (message is { } key && MayHaveUnsubscribeHeader(key, scope, index)))
            {
                return;
            }

            StatementSyntax? anchor = null;
            var properties = message is { } fixable ? FixProperties(send, fixable, scope, index, headers, context.Options, out anchor) : null;
            var location = send.Syntax.GetLocation();
            var name = send.Syntax is InvocationExpressionSyntax invocation ? invocation.Expression.ToString() : send.TargetMethod.Name;
            context.ReportDiagnostic(properties == null
                ? Diagnostic.Create(Descriptors.BulkEmailWithoutUnsubscribe, location, name)
                : Diagnostic.Create(Descriptors.BulkEmailWithoutUnsubscribe, location, new[] { anchor!.GetLocation() }, properties, name));
        }

        private static bool MayHaveUnsubscribeHeader(MailMessageKey message, MailScope scope, SocialApiIndex index)
        {
            foreach (var header in scope.ActionsOn(message, MailActionKind.Header))
            {
                if (HeaderNames.MayName(header.Value, HeaderNames.ListUnsubscribe, index))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What the fix needs to add <c>List-Unsubscribe: &lt;mailto:sender?subject=unsubscribe&gt;</c>: the message
        /// local, the library's header member (from the catalog), the sender's constant address, and the statement
        /// to insert after. Null when any is missing, or when this is not the message's first send (one fix per message).
        /// </summary>
        private static ImmutableDictionary<string, string?>? FixProperties(IInvocationOperation send, MailMessageKey message,
            MailScope scope, SocialApiIndex index, HeaderApi headers, AnalyzerOptions options, out StatementSyntax? anchor)
        {
            anchor = null;
            if (message.Symbol is not ILocalSymbol local || !IsFirstSend(send, message, scope)
                || !headers.TryFind(local.Type, out var member, out var method))
            {
                return null;
            }

            anchor = CreationStatement(local, scope);
            if (anchor == null)
            {
                return null;
            }

            string? sender = null;
            var noReplyParts = RuleOptions.NoReplyLocalParts.Read(options, send.Syntax.SyntaxTree);
            foreach (var senderAction in scope.ActionsOn(message, MailActionKind.Sender))
            {
                var address = ConstantAddress.Find(senderAction.Value, scope.Root, index);
                if (address?.Address == null || address.HasLocalPart(noReplyParts))
                {
                    continue;
                }

                sender ??= address.Address;

                // Right after the statement that sets the sender, when it follows the creation in the same block.
                var statement = senderAction.Operation.Syntax.FirstAncestorOrSelf<StatementSyntax>();
                if (statement != null && statement.Parent == anchor.Parent && statement.SpanStart > anchor.SpanStart)
                {
                    anchor = statement;
                }
            }

            // An unsubscribe request to a no-reply mailbox would go unread: no fix rather than a false one.
            if (sender == null || sender.IndexOf('"') >= 0 || sender.IndexOf('\\') >= 0)
            {
                return null;
            }

            return ImmutableDictionary<string, string?>.Empty
                .Add(MessageProperty, local.Name)
                .Add(HeaderMemberProperty, member)
                .Add(HeaderMethodProperty, method)
                .Add(UnsubscribeValueProperty, "<mailto:" + sender + "?subject=unsubscribe>");
        }

        private static bool IsFirstSend(IInvocationOperation send, MailMessageKey message, MailScope scope)
        {
            foreach (var other in scope.ActionsOn(message, MailActionKind.Send))
            {
                if (other.Operation.Syntax.SpanStart < send.Syntax.SpanStart)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The statement, directly in a block, that creates the message local.</summary>
        private static StatementSyntax? CreationStatement(ILocalSymbol local, MailScope scope)
        {
            StatementSyntax? statement = null;
            foreach (var value in Flow.ValueOrigins.AssignedValues(local, scope.Root))
            {
                if (statement != null)
                {
                    return null;
                }

                statement = value.Syntax.FirstAncestorOrSelf<StatementSyntax>();
            }

            return statement?.Parent is BlockSyntax ? statement : null;
        }
    }
}
