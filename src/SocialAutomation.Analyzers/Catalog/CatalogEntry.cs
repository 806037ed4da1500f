namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>One line of a catalog: a role given to a symbol, with the options that qualify it.</summary>
    internal sealed class CatalogEntry
    {
        public CatalogEntry(SocialRole role, string symbolId, string? recipientParameter, string? contentParameter,
            string? conditionParameter, string? conditionValue, CatalogSource source, int line, IntervalSpec? interval = null)
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

        public bool IsConditional => ConditionParameter != null;
    }
}
