namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>Every diagnostic ID of the package. IDs are fixed once shipped.</summary>
    public static class RuleIdentifiers
    {
        public const string AutoDirectMessageOnFollow = "SMA001";
        public const string BroadcastDirectMessage = "SMA002";
        public const string BroadcastOnlyBot = "SMA003";
        public const string FollowChurn = "SMA004";
        public const string PromotionalLinkInDirectMessage = "SMA005";
        public const string NoReplySender = "SMA006";
        public const string BulkEmailWithoutUnsubscribe = "SMA007";
        public const string UnpacedSendLoop = "SMA008";
        public const string HighFrequencyPosting = "SMA009";
        public const string KeywordSearchAutoReply = "SMA010";

        public const string CatalogMalformedLine = "SMA901";
        public const string CatalogUnknownRoleOrOption = "SMA902";
        public const string CatalogUnresolvedSymbol = "SMA903";
        public const string InvalidOptionValue = "SMA904";
    }
}
