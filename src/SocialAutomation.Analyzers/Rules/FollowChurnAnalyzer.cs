using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA004: a follow or unfollow repeated for each element of a collection that comes from a keyword search, from
    /// another account's followers or friends (following), or from any follower/friend list (unfollowing: "unfollow
    /// everyone who did not follow back"). Following back the bot's own followers or follow requests is not churn:
    /// those people acted first.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FollowChurnAnalyzer : SocialAnalyzer
    {
        private const SocialRole GraphChanges = SocialRole.Follow | SocialRole.Unfollow;

        private const SocialRole StrangerSources = SocialRole.Search | SocialRole.Audience;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.FollowChurn);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(GraphChanges) && index.HasAny(StrangerSources);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            context.RegisterOperationAction(c => Analyze(c, index), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, SocialApiIndex index)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!index.MayHave(invocation.TargetMethod, GraphChanges))
            {
                return;
            }

            var change = index.RolesOf(invocation) & GraphChanges;
            if (change == SocialRole.None)
            {
                return;
            }

            foreach (var fanOut in RecipientFanOut.FindAllEnclosing(invocation, index))
            {
                if (!TargetDependsOnElement(invocation, fanOut))
                {
                    continue;
                }

                var origin = fanOut.Collection == null ? null : SocialOrigins.Find(fanOut.Collection, StrangerSources, index);
                var reason = origin == null ? null : Reason(origin, change, index);
                if (reason != null)
                {
                    var verb = (change & SocialRole.Follow) != 0 ? "follows" : "unfollows";
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.FollowChurn, invocation.Syntax.GetLocation(),
                        InvocationDisplay.Quoted(invocation), verb, InvocationDisplay.Quoted(origin!), reason));
                }

                return;
            }
        }

        /// <summary>Why following or unfollowing everyone from <paramref name="origin"/> is churn, or null when it is not.</summary>
        private static string? Reason(IOperation origin, SocialRole change, SocialApiIndex index)
        {
            if (SocialOrigins.HasRole(origin, SocialRole.Search, index))
            {
                return "accounts found by a search, who never interacted with you";
            }

            if ((change & SocialRole.Unfollow) != 0)
            {
                return "unfollowing in bulk is follower churn";
            }

            return IsOwnAudience(origin, index) ? null : "another account's audience, who never interacted with you";
        }

        /// <summary>The bot's own followers or follow requests: the list call is the account's own, or is asked about it.</summary>
        private static bool IsOwnAudience(IOperation origin, SocialApiIndex index)
        {
            if (SocialOrigins.HasRole(origin, SocialRole.OwnAccount, index))
            {
                return true;
            }

            if (origin is not IInvocationOperation call)
            {
                return false;
            }

            if (call.Instance != null && SocialOrigins.Find(call.Instance, SocialRole.OwnAccount, index) != null)
            {
                return true;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && SocialOrigins.Find(argument.Value, SocialRole.OwnAccount, index) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The account followed changes per element (an argument or the receiver reads it).</summary>
        private static bool TargetDependsOnElement(IInvocationOperation invocation, FanOut fanOut)
        {
            if (invocation.Instance != null && RecipientFanOut.DependsOnElement(invocation.Instance, fanOut))
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && RecipientFanOut.DependsOnElement(argument.Value, fanOut))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
