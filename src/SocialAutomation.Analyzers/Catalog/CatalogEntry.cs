namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>One line of a catalog: a role given to a symbol, with the options that qualify it.</summary>
    internal sealed class CatalogEntry
    {
        /// <summary>The condition value <c>if:PARAM=!null</c>: the argument is given and is not null.</summary>
        public const string NotNullCondition = "!null";

        public CatalogEntry(SocialRole role, string symbolId, string? recipientParameter, string? contentParameter,
            string? conditionParameter, string? conditionValue, CatalogSource source, int line,
            string? addressParameter = null, string? headerParameter = null, SocialRole receiverRole = SocialRole.None,
            IntervalSpec? interval = null)
        {
            Interval = interval;
            Role = role;
            SymbolId = symbolId;
            RecipientParameter = recipientParameter;
            ContentParameter = contentParameter;
            ConditionParameter = conditionParameter;
            ConditionValue = conditionValue;
            Source = source;
            Line = line;
            AddressParameter = addressParameter;
            HeaderParameter = headerParameter;
            ReceiverRole = receiverRole;
        }

        public SocialRole Role { get; }

        /// <summary>A DocumentationCommentId; a method id may omit its parameter list to match every overload.</summary>
        public string SymbolId { get; }

        public string? RecipientParameter { get; }

        public string? ContentParameter { get; }

        /// <summary>With <see cref="ConditionValue"/>: the entry applies only when this argument has that value.</summary>
        public string? ConditionParameter { get; }

        public string? ConditionValue { get; }

        public CatalogSource Source { get; }

        /// <summary>Zero-based line in <see cref="Source"/>.</summary>
        public int Line { get; }

        /// <summary>For <c>schedule</c> and <c>pace</c> entries: how often the member's work runs (<c>interval=</c>).</summary>
        public IntervalSpec? Interval { get; }

        /// <summary>The parameter that holds a mail address (email-sender, email-reply-to, address constructors).</summary>
        public string? AddressParameter { get; }

        /// <summary>The parameter that holds a header name (email-header).</summary>
        public string? HeaderParameter { get; }

        /// <summary>
        /// When set, the entry applies only to calls on the value of a member with this role: <c>msg.To.Add(x)</c>
        /// adds recipients because <c>MailMessage.To</c> has the role, while the same <c>Collection&lt;T&gt;.Add</c>
        /// on any other collection does nothing social.
        /// </summary>
        public SocialRole ReceiverRole { get; }

        public bool IsConditional => ConditionParameter != null || ReceiverRole != SocialRole.None;
    }
}
