using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Flow.Mail
{
    internal enum MailActionKind
    {
        Send,
        Sender,
        ReplyTo,
        Header,
        Recipients,
    }

    /// <summary>
    /// One thing code does to a mail message: sends it, sets its sender or Reply-To, adds a header or recipients.
    /// </summary>
    internal sealed class MailAction
    {
        public MailAction(MailActionKind kind, IOperation operation, IOperation? message, IOperation? value)
        {
            Kind = kind;
            Operation = operation;
            Message = message;
            Value = value;
        }

        public MailActionKind Kind { get; }

        /// <summary>The call, object creation or assignment that does it.</summary>
        public IOperation Operation { get; }

        /// <summary>
        /// The expression that denotes the message (<c>msg</c> in <c>msg.To.Add(x)</c>), or <see cref="Operation"/>
        /// itself when it creates the message (<c>new MailMessage(from, to)</c>); null for a send that builds its
        /// message from strings (<c>smtp.Send(from, to, subject, body)</c>).
        /// </summary>
        public IOperation? Message { get; }

        /// <summary>
        /// What the action is about: the address (sender, Reply-To), the header name (or a header object or dictionary),
        /// the recipient(s), or for a send the message; null when the catalog does not say which argument holds it.
        /// </summary>
        public IOperation? Value { get; }
    }
}
