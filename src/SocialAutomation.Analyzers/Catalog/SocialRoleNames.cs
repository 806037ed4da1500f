using System.Collections.Generic;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>The role names used in catalog files, and their flags.</summary>
    internal static class SocialRoleNames
    {
        private static readonly Dictionary<string, SocialRole> ByName = new Dictionary<string, SocialRole>
        {
            ["dm-send"] = SocialRole.DmSend,
            ["send"] = SocialRole.Send,
            ["publish"] = SocialRole.Publish,
            ["reply"] = SocialRole.Reply,
            ["reply-target"] = SocialRole.ReplyTarget,
            ["follow"] = SocialRole.Follow,
            ["unfollow"] = SocialRole.Unfollow,
            ["audience"] = SocialRole.Audience,
            ["search"] = SocialRole.Search,
            ["follow-event"] = SocialRole.FollowEvent,
            ["join-data"] = SocialRole.JoinData,
            ["inbound-event"] = SocialRole.InboundEvent,
            ["inbound-read"] = SocialRole.InboundRead,
            ["user-address"] = SocialRole.UserAddress,
            ["public-place"] = SocialRole.PublicPlace,
            ["mention"] = SocialRole.Mention,
            ["public-alternative"] = SocialRole.PublicAlternative,
            ["rate-limit-error"] = SocialRole.RateLimitError,
            ["pace"] = SocialRole.Pace,
            ["schedule"] = SocialRole.Schedule,
            ["email-send"] = SocialRole.EmailSend,
            ["email-sender"] = SocialRole.EmailSender,
            ["email-reply-to"] = SocialRole.EmailReplyTo,
            ["email-header"] = SocialRole.EmailHeader,
            ["email-recipients"] = SocialRole.EmailRecipients,
            ["fan-out"] = SocialRole.FanOut,
            ["own-account"] = SocialRole.OwnAccount,
        };

        public static bool TryParse(string name, out SocialRole role) => ByName.TryGetValue(name, out role);

        public static IEnumerable<string> All => ByName.Keys;
    }
}
