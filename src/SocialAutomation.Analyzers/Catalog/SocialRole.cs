using System;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>What a symbol does on a social platform. A symbol may have several roles.</summary>
    [Flags]
    internal enum SocialRole : long
    {
        None = 0,
        DmSend = 1L << 0,
        Send = 1L << 1,
        Publish = 1L << 2,
        Reply = 1L << 3,
        ReplyTarget = 1L << 4,
        Follow = 1L << 5,
        Unfollow = 1L << 6,
        Audience = 1L << 7,
        Search = 1L << 8,
        FollowEvent = 1L << 9,
        JoinData = 1L << 10,
        InboundEvent = 1L << 11,
        InboundRead = 1L << 12,
        UserAddress = 1L << 13,
        PublicPlace = 1L << 14,
        Mention = 1L << 15,
        PublicAlternative = 1L << 16,
        RateLimitError = 1L << 17,
        Pace = 1L << 18,
        Schedule = 1L << 19,
        EmailSend = 1L << 20,
        EmailSender = 1L << 21,
        EmailReplyTo = 1L << 22,
        EmailHeader = 1L << 23,
        EmailRecipients = 1L << 24,
        FanOut = 1L << 25,
        OwnAccount = 1L << 26,

        /// <summary>Calls that put a message in front of people.</summary>
        Outbound = DmSend | Send | Publish | Reply,

        /// <summary>Evidence that a program listens to what people write.</summary>
        Listening = InboundEvent | InboundRead | Reply,
    }
}
