using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Tells a message sent in answer to someone from an automated one. An answer runs because a person wrote: in a
    /// handler of messages or commands (a lambda or method registered for an <c>inbound-event</c>, a method taking an
    /// inbound args type or marked with a command attribute, a member of a command module), in source methods such a
    /// handler calls within the same type, in a loop over inbound items, or addressed to someone taken from what people
    /// wrote. Automation wins over an inbound context: a send guarded by join data, in a follow-event handler, or fanned
    /// out over a collection that is not inbound (a broadcast started by a command is still a broadcast).
    /// </summary>
    internal sealed class InboundAnswers
    {
        private const SocialRole InboundRoles = SocialRole.InboundEvent | SocialRole.InboundRead;

        private readonly SocialApiIndex _index;
        private readonly HandlerReachability _reachability;

        public InboundAnswers(Compilation compilation, SocialApiIndex index)
        {
            _index = index;
            _reachability = new HandlerReachability(compilation, index);
        }

        /// <param name="send">The send being judged.</param>
        /// <param name="containingMember">The member whose body holds the send (the operation context's containing symbol).</param>
        public bool IsAnswer(IInvocationOperation send, ISymbol containingMember, CancellationToken cancellationToken)
        {
            if (JoinDataGuards.FindGuard(send, _index) != null)
            {
                return false;
            }

            var scope = DirectMessages.EnclosingBody(send) ?? send;
            var recipient = SendArguments.Recipient(send, _index.Find(send.TargetMethod), scope, out _);
            foreach (var fanOut in RecipientFanOut.FindAllEnclosing(send, _index))
            {
                if (recipient != null && RecipientFanOut.DependsOnElement(recipient, fanOut))
                {
                    return InboundItems.IsInboundFanOut(fanOut, _index, scope);
                }
            }

            var handlers = new List<FollowHandler>();
            IMethodSymbol? owner = null;
            for (var current = send.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation lambda)
                {
                    var role = RegisteredRole(lambda, handlers);
                    if (role != SocialRole.None)
                    {
                        return role == SocialRole.InboundEvent;
                    }
                }
                else if (current is ILocalFunctionOperation localFunction)
                {
                    owner ??= localFunction.Symbol;
                }
            }

            owner ??= containingMember as IMethodSymbol;
            if (owner != null && HandlerReachability.HasParameterWithRole(owner, SocialRole.FollowEvent, _index))
            {
                return false;
            }

            if (ComesFromInbound(send))
            {
                return true;
            }

            return owner != null
                && (HandlerReachability.IsHandlerMethod(owner, _index) || _reachability.IsReachedFromHandler(owner, cancellationToken));
        }

        /// <summary>Whether a lambda is registered as a follow-event or inbound-event handler, and which.</summary>
        private SocialRole RegisteredRole(IAnonymousFunctionOperation lambda, List<FollowHandler> handlers)
        {
            var registration = lambda.Parent;
            while (registration is IDelegateCreationOperation or IConversionOperation or IParenthesizedOperation or IArgumentOperation)
            {
                registration = registration.Parent;
            }

            if (registration == null)
            {
                return SocialRole.None;
            }

            foreach (var role in new[] { SocialRole.FollowEvent, SocialRole.InboundEvent })
            {
                handlers.Clear();
                FollowHandlers.Collect(registration, _index, role, handlers);
                foreach (var handler in handlers)
                {
                    if (handler.HandlerSyntax == lambda.Syntax)
                    {
                        return role;
                    }
                }
            }

            return SocialRole.None;
        }

        /// <summary>The send is addressed to, or made on, something people wrote (a message, an update, a mention).</summary>
        private bool ComesFromInbound(IInvocationOperation send)
        {
            if (send.Instance != null && SocialOrigins.Find(send.Instance, InboundRoles, _index) != null)
            {
                return true;
            }

            foreach (var argument in send.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && SocialOrigins.Find(argument.Value, InboundRoles, _index) != null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
