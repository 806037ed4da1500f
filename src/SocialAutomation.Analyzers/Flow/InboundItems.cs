using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Tells answers from pushes: a send that replies to something a person wrote, or a loop over what people wrote
    /// (updates, mentions, messages), is the conversation the package recommends, never a broadcast.
    /// </summary>
    internal static class InboundItems
    {
        private const SocialRole InboundRoles = SocialRole.InboundEvent | SocialRole.InboundRead;

        private const SocialRole ReplyRoles = SocialRole.Reply | SocialRole.ReplyTarget;

        /// <summary>Data that arrives with an event: the members of one join message (SMA001's subject, not a broadcast list).</summary>
        private const SocialRole ArrivalRoles = SocialRole.JoinData | SocialRole.FollowEvent;

        /// <summary>
        /// Whether a fan-out walks what people wrote or did: its element's type is an inbound type (an update, a message
        /// event), its collection comes from a call that reads inbound messages (<c>GetUpdates</c>, a mentions timeline),
        /// or it is the join data of one event (<c>message.NewChatMembers</c>), where SMA001 speaks.
        /// </summary>
        public static bool IsInboundFanOut(FanOut fanOut, SocialApiIndex index, IOperation scope)
        {
            if ((index.RolesOfType(fanOut.ElementType) & InboundRoles) != 0)
            {
                return true;
            }

            return fanOut.Collection != null
                && ValueOrigins.Reaches(fanOut.Collection, scope, operation => operation switch
                {
                    IInvocationOperation invocation => index.Has(invocation, SocialRole.InboundRead),
                    IMemberReferenceOperation member => index.Has(member.Member, ArrivalRoles),
                    _ => false,
                });
        }

        /// <summary>
        /// Whether a send answers someone: the method is a reply, or the caller passed an argument whose type or
        /// initialized member makes the post a reply (Telegram <c>replyParameters</c>, Tweetinvi <c>InReplyToTweetId</c>).
        /// </summary>
        public static bool IsReply(IInvocationOperation invocation, SocialRole roles, SocialApiIndex index)
        {
            if ((roles & SocialRole.Reply) != 0)
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter == null)
                {
                    continue;
                }

                if (index.Has(argument.Parameter.Type, ReplyRoles)
                    || ConvertsToReply(argument.Value, index)
                    || SetsReplyMember(RecipientFanOut.Unwrap(argument.Value), index))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Telegram's <c>replyParameters: message.MessageId</c> goes through an implicit conversion the catalog marks reply-target.</summary>
        private static bool ConvertsToReply(IOperation value, SocialApiIndex index)
        {
            for (var current = value; current is IConversionOperation conversion; current = conversion.Operand)
            {
                if (conversion.OperatorMethod != null && index.Has(conversion.OperatorMethod, ReplyRoles))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SetsReplyMember(IOperation value, SocialApiIndex index)
        {
            if (value is not IObjectCreationOperation { Initializer: { } initializer })
            {
                return false;
            }

            foreach (var member in initializer.Initializers)
            {
                if (member is IAssignmentOperation { Target: IMemberReferenceOperation target }
                    && index.Has(target.Member, ReplyRoles))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
