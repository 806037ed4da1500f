using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>Every descriptor of the package, built by one factory so IDs, category and help links stay consistent.</summary>
    public static class Descriptors
    {
        /// <summary>One category for every rule: <c>dotnet_analyzer_diagnostic.category-SocialAutomation.severity</c> sets them all.</summary>
        public const string Category = "SocialAutomation";

        public const string HelpLinkBase = "https://github.com/social-automation/SocialAutomation.Analyzers/blob/main/docs/rules/";

        public static readonly DiagnosticDescriptor AutoDirectMessageOnFollow = Create(
            RuleIdentifiers.AutoDirectMessageOnFollow,
            "Do not send automatic direct messages when someone follows or joins",
            "{0} sends a direct message{1} {2}",
            "A private message sent because someone followed, joined or subscribed is the automated DM people ignore or report. Welcome them publicly, or wait until they write to you.");

        public static readonly DiagnosticDescriptor BroadcastDirectMessage = Create(
            RuleIdentifiers.BroadcastDirectMessage,
            "Do not push the same direct message to every recipient",
            "'{0}' sends the same private message to every element of '{1}'",
            "A private message that does not depend on its recipient, sent to each follower, member or subscriber, is a broadcast in disguise. Post it once publicly.");

        public static readonly DiagnosticDescriptor BroadcastOnlyBot = Create(
            RuleIdentifiers.BroadcastOnlyBot,
            "A bot should read what people write back",
            "This program sends or posts ('{0}') but never receives, reads or replies to messages",
            "A bot that only broadcasts has no conversation. Subscribe to incoming messages or mentions and answer them.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor FollowChurn = Create(
            RuleIdentifiers.FollowChurn,
            "Do not follow or unfollow accounts in bulk",
            "{0} {1} every account from {2}: {3}",
            "Mass following and unfollowing to grow numbers is against platform rules and the opposite of building relationships. Follow people you talk with.");

        public static readonly DiagnosticDescriptor PromotionalLinkInDirectMessage = Create(
            RuleIdentifiers.PromotionalLinkInDirectMessage,
            "Do not put links in automated direct messages",
            "The automated direct message sent by {0} contains the link '{1}'",
            "Automatic private messages with links to promotions are the spam people report. Share links publicly or when someone asks.");

        public static readonly DiagnosticDescriptor NoReplySender = Create(
            RuleIdentifiers.NoReplySender,
            "Do not send mail from an address nobody reads",
            "'{0}' is a no-reply sender and the message has no Reply-To",
            "Mail people cannot answer is a one-way push. Send from a monitored address or set a Reply-To.");

        public static readonly DiagnosticDescriptor BulkEmailWithoutUnsubscribe = Create(
            RuleIdentifiers.BulkEmailWithoutUnsubscribe,
            "Bulk mail needs a List-Unsubscribe header",
            "'{0}' sends bulk mail without a List-Unsubscribe header",
            "Bulk mail must let people leave with one action (RFC 2369, RFC 8058); large mailbox providers require it.");

        public static readonly DiagnosticDescriptor UnpacedSendLoop = Create(
            RuleIdentifiers.UnpacedSendLoop,
            "Pace messages sent in a loop",
            "'{0}' sends in a loop with no pacing and no handling of the platform's rate limit",
            "Sending as fast as the loop runs exceeds platform rate limits and reads as spam. Pace the loop or handle the rate-limit error.");

        public static readonly DiagnosticDescriptor HighFrequencyPosting = Create(
            RuleIdentifiers.HighFrequencyPosting,
            "Do not post more often than a person would",
            "This schedule runs every {0}, more often than the minimum of {1}, and its work posts or sends messages through '{2}'",
            "A bot that posts every few minutes is noise. Post less often, and answer people in between.");

        public static readonly DiagnosticDescriptor KeywordSearchAutoReply = Create(
            RuleIdentifiers.KeywordSearchAutoReply,
            "Do not auto-reply to strangers found by keyword search",
            "{0} {1} found by the search {2}",
            "Automated replies to people who never addressed you are spam under platform automation rules. Answer those who mention or message you.");

        public static readonly DiagnosticDescriptor CatalogMalformedLine = Create(
            RuleIdentifiers.CatalogMalformedLine,
            "Social API catalog line is malformed",
            "Catalog line ignored: {0}",
            "Each catalog line is 'role symbol-id [option ...]'.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CatalogUnknownRoleOrOption = Create(
            RuleIdentifiers.CatalogUnknownRoleOrOption,
            "Social API catalog line has an unknown role or option",
            "Catalog line ignored: {0}",
            "Roles and options are listed in docs/catalog-format.md.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CatalogUnresolvedSymbol = Create(
            RuleIdentifiers.CatalogUnresolvedSymbol,
            "Social API catalog symbol does not resolve",
            "Catalog entry has no effect: {0}",
            "A user catalog entry should name a symbol of this compilation or its references.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidOptionValue = Create(
            RuleIdentifiers.InvalidOptionValue,
            "Invalid SocialAutomation option value",
            "The value '{1}' of option '{0}' is not valid; the default {2} is used",
            "Options are read from .editorconfig; an invalid value falls back to the default.",
            DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string description,
            DiagnosticSeverity severity = DiagnosticSeverity.Warning,
            params string[] customTags)
            => new DiagnosticDescriptor(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description,
                HelpLinkBase + id + ".md", customTags);
    }
}
