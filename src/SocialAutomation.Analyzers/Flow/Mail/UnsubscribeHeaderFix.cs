using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    /// <summary>
    /// What the SMA007 fix needs to add <c>List-Unsubscribe: &lt;mailto:sender?subject=unsubscribe&gt;</c>: the message
    /// local, the library's header member (from the catalog), the sender's constant address, and the statement to insert
    /// after. Worked out by the code fix when asked, not by the analyzer for every finding: finding the header member
    /// lists the message type's members.
    /// </summary>
    internal sealed class UnsubscribeHeaderFix
    {
        private UnsubscribeHeaderFix(string message, string headerMember, string? headerMethod, string value, StatementSyntax anchor)
        {
            Message = message;
            HeaderMember = headerMember;
            HeaderMethod = headerMethod;
            Value = value;
            Anchor = anchor;
        }

        /// <summary>The message local the header is added to.</summary>
        public string Message { get; }

        /// <summary>The message's own method (<c>AddGlobalHeader</c>), or its header property (<c>Headers</c>).</summary>
        public string HeaderMember { get; }

        /// <summary>The method on the header property (<c>Add</c>), or null for a method of the message.</summary>
        public string? HeaderMethod { get; }

        /// <summary>The header's value: <c>&lt;mailto:sender?subject=unsubscribe&gt;</c>.</summary>
        public string Value { get; }

        /// <summary>The statement the header is added after.</summary>
        public StatementSyntax Anchor { get; }

        /// <summary>
        /// Null when any part is missing, or when <paramref name="send"/> is not the message's first send (one fix per
        /// message). An unsubscribe request to a no-reply mailbox would go unread, so no such address is used.
        /// </summary>
        public static UnsubscribeHeaderFix? For(IInvocationOperation send, SocialApiIndex index, AnalyzerOptions options)
        {
            var sendAction = MailActions.SendOf(send, index);
            if (sendAction?.Value == null || MailMessageKey.Of(sendAction.Value) is not { } message || message.Symbol is not ILocalSymbol local)
            {
                return null;
            }

            var scope = MailScope.Of(send, index);
            if (!scope.SeesWhole(message) || !IsFirstSend(send, message, scope) || !HeaderApi.TryFind(local.Type, index, out var member, out var method))
            {
                return null;
            }

            var anchor = CreationStatement(local, scope);
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

            if (sender == null || sender.IndexOf('"') >= 0 || sender.IndexOf('\\') >= 0)
            {
                return null;
            }

            return new UnsubscribeHeaderFix(local.Name, member, method, "<mailto:" + sender + "?subject=unsubscribe>", anchor);
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
            foreach (var value in ValueOrigins.AssignedValues(local, scope.Root))
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
