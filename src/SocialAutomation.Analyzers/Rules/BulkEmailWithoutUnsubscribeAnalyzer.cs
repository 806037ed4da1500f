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
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BulkEmailWithoutUnsubscribe);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(SocialRole.EmailSend);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            context.RegisterOperationAction(c => Analyze(c, index), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, SocialApiIndex index)
        {
            var send = (IInvocationOperation)context.Operation;
            if (!index.Has(send, SocialRole.EmailSend))
            {
                return;
            }

            var sendAction = MailActions.SendOf(send, index);
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

            // The fix's header, sender and place are worked out by the code fix (UnsubscribeHeaderFix), only when asked.
            var name = send.Syntax is InvocationExpressionSyntax invocation ? invocation.Expression.ToString() : send.TargetMethod.Name;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BulkEmailWithoutUnsubscribe, send.Syntax.GetLocation(), name));
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
    }
}
